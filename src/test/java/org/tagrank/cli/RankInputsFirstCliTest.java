package org.tagrank.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.tagrank.cli.RankCliTest.resource;
import static org.tagrank.cli.RankCliTest.run;

/**
 * The ranking tasks read their files one after the other: a missing --dev file, a second --data or --test file, or
 * the answer key of an MCTest dev file, was found only after the files before it had been read (MCTest: the training
 * questions' features built with WordNet, 15 s for MC160 + MC500 train). Every file is now checked before any is read:
 * here the first file is bad, and the error is the missing one's.
 */
class RankInputsFirstCliTest {
    @TempDir
    Path dir;

    @Test
    void aMissingRankFileIsNamedBeforeAnyIsRead() {
        String bad = resource("bad-gold.tsv");
        String missing = dir.resolve("missing.tsv").toString();
        String expected = "tagrank: no such file: " + missing + "\n";
        RankCliTest.Run t = run("train", "--task", "rank", "--data", bad, "--dev", missing, "--quiet", "--out",
                dir.resolve("m.lin.zip").toString());
        assertEquals(ExitCodes.BAD_DATA, t.code());
        assertEquals(expected, t.err());
        RankCliTest.Run c = run("compare", "--task", "rank", "--data", bad, "--test", missing, "--quiet");
        assertEquals(expected, c.err());
        RankCliTest.Run e = run("eval", "--task", "rank", "--model", resource("bad-gold.tsv"), "--data",
                bad + "," + missing, "--quiet");
        assertEquals(ExitCodes.BAD_DATA, e.code());
        assertEquals(expected, e.err());
    }

    @Test
    void aMissingMcTestAnswerKeyIsNamedBeforeAnyStoryIsRead() {
        String bad = resource("cut-story-mctest.tsv");
        String noKey = resource("no-key-mctest.tsv");
        String expected = "tagrank: " + noKey + ":1: no answer key: expected " + noKey.replace(".tsv", ".ans")
                + " beside the stories\n";
        RankCliTest.Run t = run("train", "--task", "mctest", "--data", bad, "--dev", noKey, "--quiet", "--out",
                dir.resolve("m.lin.zip").toString());
        assertEquals(ExitCodes.BAD_DATA, t.code());
        assertEquals(expected, t.err());
        RankCliTest.Run c = run("compare", "--task", "mctest", "--data", bad, "--test", noKey, "--quiet");
        assertEquals(expected, c.err());
        RankCliTest.Run e = run("eval", "--task", "mctest", "--param", "baseline=sw", "--data", bad + "," + noKey,
                "--quiet");
        assertEquals(expected, e.err());
    }
}
