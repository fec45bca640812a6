package org.tagrank.cli;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * stdout that cannot be written (a full disk): an error and exit 4, not a silent exit 0 (a pipe its reader closed:
 * StdoutReaderClosedCliTest).
 */
class StdoutFailureCliTest {
    /** A stream whose every write fails, as on /dev/full; counts the attempts. */
    private static final class Full extends OutputStream {
        final AtomicInteger writes = new AtomicInteger();

        @Override
        public void write(int b) throws IOException {
            writes.incrementAndGet();
            throw new IOException("No space left on device");
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            write(0);
        }
    }

    private record Result(int code, String err, int writes) {
    }

    private static Result run(byte[] stdin, String... args) {
        InputStream saved = System.in;
        System.setIn(new ByteArrayInputStream(stdin));
        try {
            Full full = new Full();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int code = Main.run(args, new PrintStream(full, false, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8));
            return new Result(code, err.toString(StandardCharsets.UTF_8), full.writes.get());
        } finally {
            System.setIn(saved);
        }
    }

    @Test
    void tagStopsAtTheFirstFailedWrite() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 20_000; i++) { // ~300 batches and several 64 kB writes
            sb.append("The dog barks at the cat number ").append(i).append(" .\n");
        }
        for (String threads : new String[]{"1", "2"}) {
            Result r = run(sb.toString().getBytes(StandardCharsets.UTF_8), "tag", "--quiet", "--input-format", "tokens",
                    "--threads", threads);
            assertEquals(ExitCodes.FAILURE, r.code(), r.err()); // was 0
            assertEquals("tagrank: " + Main.STDOUT_FAILED + "\n", r.err());
            assertEquals(1, r.writes(), "it went on tagging into the failed stream");
        }
    }

    @Test
    void classifyStopsAtTheFirstFailedWrite() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 2_000; i++) {
            sb.append("The new graphics card renders the scene number ").append(i).append('\n');
        }
        Result r = run(sb.toString().getBytes(StandardCharsets.UTF_8), "classify", "--quiet");
        assertEquals(ExitCodes.FAILURE, r.code(), r.err());
        assertEquals("tagrank: " + Main.STDOUT_FAILED + "\n", r.err());
        assertEquals(1, r.writes(), "it went on classifying into the failed stream"); // was 2,000
    }

    @Test
    void everyCommandsStdoutIsChecked() {
        Result r = run(new byte[0], "eval", "--task", "pos", "--data", CliTest.DEV, "--quiet");
        assertEquals(ExitCodes.FAILURE, r.code(), r.err());
        assertEquals("tagrank: " + Main.STDOUT_FAILED + "\n", r.err());
        Result ok = run(new byte[0], "info", "--task", "pos");
        assertEquals(ExitCodes.FAILURE, ok.code(), ok.err());
        assertTrue(ok.err().endsWith(Main.STDOUT_FAILED + "\n"), ok.err());
    }
}
