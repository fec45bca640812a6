package org.tagrank.cli;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How {@code link rank} and {@code link text} write their TSV to stdout. */
class LinkOutputCliTest {
    @TempDir
    static Path dir;
    static String model;
    static String aliases;
    static String text;

    @BeforeAll
    static void trainAndWriteInputs() throws Exception {
        model = dir.resolve("l.lin.zip").toString();
        aliases = dir.resolve("aliases.tsv").toString();
        assertEquals(0, run(new RankOutputCliTest.Counting(false), "train", "--task", "link", "--data",
                LinkCliTest.fixture("tiny-train.mentions.tsv"), "--learner", "lr", "--epochs", "5", "--out", model));
        assertEquals(0, run(new RankOutputCliTest.Counting(false), "link", "aliases", "--out", aliases,
                LinkCliTest.fixture("tiny-train.mentions.tsv")));
        Path p = dir.resolve("story.txt");
        Files.writeString(p, "CYCLING - Armstrong rode clear on the last climb of the Tour de France.\n".repeat(2_000));
        text = p.toString();
    }

    private static int run(RankOutputCliTest.Counting out, String... args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        String[] quiet = java.util.Arrays.copyOf(args, args.length + 1);
        quiet[args.length] = "--quiet";
        int code = Main.run(quiet, new PrintStream(out, false, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        if (code == 0) {
            assertEquals("", err.toString(StandardCharsets.UTF_8));
        } else {
            assertEquals("tagrank: " + Main.STDOUT_FAILED + "\n", err.toString(StandardCharsets.UTF_8));
        }
        return code;
    }

    @Test
    void linkRankWritesInBlocks() throws Exception {
        RankOutputCliTest.Counting out = new RankOutputCliTest.Counting(false);
        assertEquals(0, run(out, "link", "rank", "--model", model, LinkCliTest.fixture("tiny-test.mentions.tsv")));
        // each printf reached stdout in about a dozen writes, one per piece of its format
        assertTrue(out.bytes > 200 && out.writes <= out.bytes / 4096 + 2, out.writes + " writes for " + out.bytes + " bytes");
    }

    @Test
    void linkTextWritesInBlocksAndStopsAtTheFirstFailedWrite() {
        RankOutputCliTest.Counting out = new RankOutputCliTest.Counting(false);
        assertEquals(0, run(out, "link", "text", "--model", model, "--aliases", aliases, text));
        assertTrue(out.bytes > 200_000 && out.writes <= out.bytes / 4096 + 2, out.writes + " writes for " + out.bytes + " bytes");
        RankOutputCliTest.Counting full = new RankOutputCliTest.Counting(true);
        assertEquals(ExitCodes.FAILURE, run(full, "link", "text", "--model", model, "--aliases", aliases, text));
        // the first 64 kB block reaches the stream in 8 kB pieces, each tried; then it stops
        assertTrue(full.writes <= (1 << 16) / 8192 + 1, full.writes + " writes: it went on linking into the failed stream");
    }
}
