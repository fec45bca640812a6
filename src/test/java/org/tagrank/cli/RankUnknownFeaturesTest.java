package org.tagrank.cli;

import org.junit.jupiter.api.BeforeAll;
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
 * rank and eval --task rank on examples with no feature the model knows: their candidates all tie at 0 and keep their
 * input order, which read like a ranking (and P@1 and MRR there measure where the data lists the gold candidate);
 * both say on stderr how many examples that was.
 */
class RankUnknownFeaturesTest {
    @TempDir
    static Path dir;
    static String model;
    static Path other;

    @BeforeAll
    static void trainAModelAndWriteDataWithOtherFeatures() throws IOException {
        model = dir.resolve("r.lin.zip").toString();
        CliTest.Run t = CliTest.run("train", "--task", "rank", "--data", RankCliTest.resource("tiny-rank.tsv"), "--learner", "lr",
                "--epochs", "20", "--quiet", "--out", model);
        assertEquals(0, t.code(), t.err());
        // e1: features the model never saw, gold listed second of three (rank 2 by input order); e2: ranked by "match"
        other = Files.writeString(dir.resolve("other.tsv"), "e1\ta\t0\tsimilarity=2.0\ne1\tb\t1\tsimilarity=0.1\n"
                + "e1\tc\t0\n" + "e2\tx\t0\tmatch=0.1\ne2\ty\t1\tmatch=3.0\n", StandardCharsets.UTF_8);
    }

    @Test
    void rankCountsThemOnStderrAndDropsNothing() {
        CliTest.Run r = CliTest.run("rank", "--task", "rank", "--model", model, other.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals(6, r.out().lines().count(), r.out()); // header + 5 candidates: nothing dropped
        assertTrue(r.err().contains("warning: 1 of 2 examples have no feature the model knows"), r.err());
        CliTest.Run known = CliTest.run("rank", "--task", "rank", "--model", model, RankCliTest.resource("tiny-rank.tsv"));
        assertEquals(0, known.code(), known.err());
        assertFalse(known.err().contains("warning"), known.err());
    }

    @Test
    void evalCountsThemOnStderrAndStillScoresThem() {
        CliTest.Run r = CliTest.run("eval", "--task", "rank", "--model", model, "--data", other.toString(), "--json",
                "--quiet");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("\"n\":2,\"accuracy\":0.5,\"mrr\":0.75,"), r.out()); // (0 + 1) / 2, (1/2 + 1) / 2
        assertTrue(r.err().contains("warning: " + other + ": 1 of 2 examples have no feature the model knows"), r.err());
        CliTest.Run known = CliTest.run("eval", "--task", "rank", "--model", model, "--data",
                RankCliTest.resource("tiny-rank.tsv"));
        assertEquals(0, known.code(), known.err());
        assertFalse(known.err().contains("warning"), known.err());
    }
}
