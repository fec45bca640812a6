package org.tagrank.cli;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Numbers on the command line are read as the data files read them: Java's parser also took 1d, 2f and 0x1p3
 * ({@code --l2 1d} trained with 1.0), which the data files refuse.
 */
class DecimalArgTest {
    @Test
    void optionsTakeDecimalNumbersOnly() {
        for (String bad : new String[]{"1d", "2f", "0x1p3"}) {
            CliTest.Run r = CliTest.run("train", "--task", "pos", "--data", CliTest.TRAIN, "--learner", "lr", "--l2", bad,
                    "--out", "unused.lin.zip");
            assertEquals(1, r.code(), r.err());
            assertTrue(r.err().startsWith("tagrank: Invalid value for option '--l2': '" + bad + "' is not a decimal number"),
                    r.err());
        }
        assertEquals(0.5, new DecimalArg().convert(".5"));
        assertEquals(1e-4, new DecimalArg().convert("1e-4"));
        assertEquals(Double.POSITIVE_INFINITY, new DecimalArg().convert("Infinity")); // named by the option's own check
    }

    @Test
    void paramsCostsAndOpenNlpParametersToo() throws Exception {
        CliTest.Run p = CliTest.run("train", "--task", "pos", "--data", CliTest.TRAIN, "--param", "tagdict.share=1d",
                "--out", "unused.lin.zip");
        assertEquals(1, p.code(), p.err());
        assertTrue(p.err().contains("--param tagdict.share must be a number, got '1d'"), p.err());
        CliTest.Run c = CliTest.run("train", "--task", "pos", "--data", CliTest.TRAIN, "--learner", "svm", "--cost",
                "NN:NNS=0x1p-1", "--out", "unused.lin.zip");
        assertEquals(1, c.code(), c.err());
        assertTrue(c.err().contains("bad cost in --cost entry 'NN:NNS=0x1p-1'"), c.err());
    }
}
