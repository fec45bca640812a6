package org.tagrank.cli;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * train's --help called --seed the "Shuffling seed" whatever the learner, but L-BFGS visits the data in order: on
 * ranking data another seed gives the same weights. The help says which training it orders.
 */
class SeedHelpTest {

    @Test
    void theHelpSaysLbfgsDoesNotShuffle() {
        String help = BadInputCliTest.run("train", "--help").out().replaceAll("\\s+", " ");
        assertTrue(help.contains("--seed=<seed> Shuffling seed of sgd, adagrad and the perceptron (task classify also "
                + "shuffles its documents with it; L-BFGS does not shuffle; default: 1)."), help);
    }

    @Test
    void lbfgsWeightsOnRankingDataDoNotDependOnTheSeed(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        byte[][] weights = new byte[2][];
        for (int s = 0; s < 2; s++) {
            Path out = dir.resolve("m" + s + ".lin.zip");
            BadInputCliTest.Run r = BadInputCliTest.run("train", "--task", "rank", "--data",
                    BadInputCliTest.RANK.toString(), "--learner", "lr", "--optimizer", "lbfgs", "--seed",
                    Integer.toString(s + 1), "--quiet", "--out", out.toString());
            assertEquals(0, r.code(), r.err());
            try (java.util.zip.ZipFile z = new java.util.zip.ZipFile(out.toFile())) {
                weights[s] = z.getInputStream(z.getEntry("weights.bin")).readAllBytes();
            }
        }
        assertArrayEquals(weights[0], weights[1]);
        assertTrue(Files.size(dir.resolve("m0.lin.zip")) > 0);
    }
}
