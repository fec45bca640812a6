package org.tagrank.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A later input that is missing (a typo among several files) was found only when its turn came: the inputs before it
 * were tagged to stdout (hours of a multi-GB corpus), then the run failed, exit 2. Every input is checked first.
 */
class TagMissingInputTest {
    @TempDir
    Path dir;

    @Test
    void everyInputIsCheckedBeforeAnyIsTagged() throws Exception {
        Path a = Files.writeString(dir.resolve("a.txt"), "A dog barks .\n");
        Path sub = Files.createDirectory(dir.resolve("sub"));
        Path missing = dir.resolve("missing.txt");
        BadInputCliTest.Run r = BadInputCliTest.run("tag", "--input-format", "tokens", a.toString(), missing.toString());
        assertEquals(ExitCodes.BAD_DATA, r.code(), r.err());
        assertEquals("", r.out(), "nothing tagged before the error");
        assertEquals("tagrank: no such file: " + missing + "\n", r.err());
        BadInputCliTest.Run d = BadInputCliTest.run("tag", "--input-format", "tokens", a.toString(), sub.toString());
        assertEquals(ExitCodes.BAD_DATA, d.code(), d.err());
        assertEquals("", d.out());
        assertEquals("tagrank: " + sub + ": is a directory, not a file\n", d.err());
    }
}
