package org.tagrank.cli;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How {@code rank} writes its TSV to stdout. */
class RankOutputCliTest {
    @TempDir
    static Path dir;
    static String model;
    static String input;
    static final int EXAMPLES = 2_000;

    @BeforeAll
    static void trainAndWriteInput() throws IOException {
        model = dir.resolve("r.lin.zip").toString();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(new String[]{"train", "--task", "rank", "--data", RankCliTest.resource("tiny-rank.tsv"),
                "--learner", "lr", "--quiet", "--out", model}, new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < EXAMPLES; i++) {
            sb.append("e").append(i).append("\ta\t1\tmatch=2 len=1\ne").append(i).append("\tb\t0\tmatch=0.5 len=3\n");
        }
        Path p = dir.resolve("in.tsv");
        Files.writeString(p, sb);
        input = p.toString();
    }

    /** Counts the writes that reach it and the bytes; every write fails when {@code full}, as on /dev/full. */
    static final class Counting extends OutputStream {
        final boolean full;
        int writes;
        long bytes;

        Counting(boolean full) {
            this.full = full;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[]{(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            writes++;
            if (full) {
                throw new IOException("No space left on device");
            }
            bytes += len;
        }
    }

    private static int run(Counting out, ByteArrayOutputStream err, String... args) {
        return Main.run(args, new PrintStream(out, false, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void writesStdoutInLargeBlocksNotPieceByPiece() {
        Counting out = new Counting(false);
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertEquals(0, run(out, err, "rank", "--model", model, "--explain", "2", input),
                err.toString(StandardCharsets.UTF_8));
        // each printf reached stdout in ~12 writes (one per piece of its format): 152,000 here
        assertTrue(out.writes <= out.bytes / 4096 + 2, out.writes + " writes for " + out.bytes + " bytes");
    }

    @Test
    void stopsAtTheFirstFailedWrite() {
        Counting out = new Counting(true);
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = run(out, err, "rank", "--model", model, "--explain", "2", input);
        assertEquals(ExitCodes.FAILURE, code);
        assertEquals("tagrank: " + Main.STDOUT_FAILED + "\n", err.toString(StandardCharsets.UTF_8));
        // it ranked the rest into the failed stream (| head -1 on 500,000 lines: 36 s, then this error)
        // the first 64 kB block reaches the stream in 8 kB pieces, each tried; then it stops (was 80)
        assertTrue(out.writes <= (1 << 16) / 8192 + 1, out.writes + " writes: it went on ranking into the failed stream");
    }
}
