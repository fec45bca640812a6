package org.tagrank.cli;

import org.junit.jupiter.api.Test;
import org.tagrank.task.pos.PosTagger;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Too little heap: one line that says what to do and the 'other' exit code, wherever the heap ran out. */
class OutOfMemoryCliTest {

    private static String[] tag(String heap) {
        return new String[]{Path.of(System.getProperty("java.home"), "bin", "java").toString(), heap,
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "tag", "--model", PosTagger.DEFAULT_MODEL,
                "--quiet", "--input-format", "tokens"};
    }

    @Test
    void runningOutOfHeapIsOneLineAndExitCode4() throws IOException, InterruptedException {
        // 16 MB: the main thread's read of the model runs out (it was a stack trace and exit 1, the usage code);
        // 32 MB: a loading thread does (it was 'tagrank: java.lang.OutOfMemoryError: Java heap space')
        for (String heap : new String[]{"-Xmx16m", "-Xmx32m"}) {
            Process p = new ProcessBuilder(tag(heap)).redirectErrorStream(true).start();
            try (OutputStream stdin = p.getOutputStream()) {
                stdin.write("The dog barks .\n".getBytes(StandardCharsets.UTF_8));
            }
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the run did not end");
            assertEquals(ExitCodes.FAILURE, p.exitValue(), heap + ": " + out);
            assertEquals("tagrank: " + Main.OUT_OF_MEMORY + "\n", out, heap);
        }
    }
}
