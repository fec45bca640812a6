package org.tagrank.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * rank on data whose features the model never saw: every candidate scores 0 and keeps its input order, which looked
 * like a ranking; a warning says how many examples that was.
 */
class RankUnknownFeaturesWarningTest {
    @TempDir
    Path dir;

    @Test
    void examplesWithoutAKnownFeatureAreCountedOnStderr() throws IOException {
        String model = dir.resolve("r.lin.zip").toString();
        CliTest.Run t = CliTest.run("train", "--task", "rank", "--data", RankCliTest.resource("tiny-rank.tsv"), "--learner", "lr",
                "--epochs", "20", "--quiet", "--out", model);
        assertEquals(0, t.code(), t.err());
        Path other = Files.writeString(dir.resolve("other.tsv"), "e1\ta\t1\tsimilarity=2.0\ne1\tb\t0\tsimilarity=0.1\n"
                + "e2\tx\t0\tmatch=0.1\ne2\ty\t1\tmatch=3.0\n", StandardCharsets.UTF_8);
        CliTest.Run r = CliTest.run("rank", "--task", "rank", "--model", model, other.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals(5, r.out().lines().count(), r.out()); // header + 4 candidates: nothing dropped
        assertTrue(r.err().contains("warning: 1 of 2 examples have no feature the model knows"), r.err());
        CliTest.Run known = CliTest.run("rank", "--task", "rank", "--model", model, RankCliTest.resource("tiny-rank.tsv"));
        assertEquals(0, known.code(), known.err());
        assertFalse(known.err().contains("warning"), known.err());
    }
}
