package org.tagrank.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tagrank.io.ResourceLocator;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * -Dtagrank.url.timeout.ms with a value that is no positive number of milliseconds is the command line's fault, a usage
 * error (exit 1): it was exit 2, which says the input data were bad.
 */
class UrlTimeoutPropertyCliTest {
    @TempDir
    Path dir;

    @Test
    void aBadTimeLimitIsAUsageError() throws IOException {
        Path in = Files.writeString(dir.resolve("t.txt"), "The dog barks .\n");
        String saved = System.getProperty(ResourceLocator.URL_TIMEOUT_PROPERTY);
        try {
            System.setProperty(ResourceLocator.URL_TIMEOUT_PROPERTY, "soon");
            CliTest.Run r = CliTest.run("tag", "--model", "http://127.0.0.1:9/m.lin.zip", "--input-format", "tokens",
                    in.toString());
            assertEquals(ExitCodes.USAGE, r.code(), r.err());
            assertEquals("tagrank: system property tagrank.url.timeout.ms must be a positive number of milliseconds, "
                    + "got 'soon'", r.err().strip().lines().reduce((x, y) -> y).orElse(""));
        } finally {
            if (saved == null) {
                System.clearProperty(ResourceLocator.URL_TIMEOUT_PROPERTY);
            } else {
                System.setProperty(ResourceLocator.URL_TIMEOUT_PROPERTY, saved);
            }
        }
    }
}
