package org.tagrank.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code train --log-every N} (progress lines within an epoch) and {@code --tolerance T} (early stopping). */
class TrainProgressOptionsCliTest {
    @TempDir
    Path dir;

    @Test
    void logEveryPrintsIndentedLinesAndIsNotRecordedInTheModel() throws Exception {
        Path out = dir.resolve("m.lin.zip");
        RankCliTest.Run r = RankCliTest.run("train", "--task", "pos", "--data", CliTest.TRAIN, "--dev", CliTest.DEV,
                "--epochs", "2", "--log-every", "5", "--out", out.toString());
        assertEquals(ExitCodes.OK, r.code(), r.err());
        assertTrue(r.err().contains("\n  epoch 1/2  5/"), r.err());
        assertTrue(r.err().contains("\n  epoch 2/2  5/"), r.err());
        String info = RankCliTest.run("info", "--model", out.toString()).out();
        assertTrue(info.contains("train.command=tagrank train --task pos --data tiny-train.conllu --dev tiny-dev.conllu "
                + "--epochs 2 --out m.lin.zip"), info);
        assertEquals("tagrank train --task pos --out m.zip",
                TrainCommand.recordedCommand(List.of("train", "--log-every=100", "--task", "pos", "--out", "m.zip")));
    }

    @Test
    void logEveryIsRefusedWhereItWouldPrintNothing() {
        String out = dir.resolve("m.lin.zip").toString();
        RankCliTest.assertUsage("--log-every must be >= 1, got 0",
                "train", "--task", "pos", "--data", CliTest.TRAIN, "--log-every", "0", "--out", out);
        RankCliTest.assertUsage("--log-every is for the perceptron, sgd and adagrad, which go example by example; L-BFGS prints a "
                + "line per iteration", "train", "--task", "pos", "--data", CliTest.TRAIN, "--learner", "lr",
                "--optimizer", "lbfgs", "--log-every", "10", "--out", out);
        RankCliTest.assertUsage("--log-every prints progress lines, which --quiet turns off: give one of them",
                "train", "--task", "pos", "--data", CliTest.TRAIN, "--log-every", "10", "--quiet", "--out", out);
        RankCliTest.assertUsage("--log-every is for training a model; --folds prints per-fold results only",
                "train", "--task", "pos", "--data", CliTest.TRAIN, "--log-every", "10", "--folds", "2");
    }

    @Test
    void toleranceNeedsDevAndAFraction() throws Exception {
        String out = dir.resolve("m.lin.zip").toString();
        RankCliTest.assertUsage("--tolerance 0.01 applies to the --dev score: give --dev",
                "train", "--task", "pos", "--data", CliTest.TRAIN, "--tolerance", "0.01", "--out", out);
        RankCliTest.assertUsage("--tolerance must be in [0, 1) (an accuracy fraction), got 5.0",
                "train", "--task", "pos", "--data", CliTest.TRAIN, "--dev", CliTest.DEV, "--tolerance", "5", "--out", out);
        RankCliTest.Run r = RankCliTest.run("train", "--task", "pos", "--data", CliTest.TRAIN, "--dev", CliTest.DEV,
                "--epochs", "2", "--tolerance", "0.5", "--out", out);
        assertEquals(ExitCodes.OK, r.code(), r.err());
        // a rise of more than half the accuracy never comes: the first epoch is kept
        assertTrue(r.err().contains("keeping epoch 1 "), r.err());
        String info = RankCliTest.run("info", "--model", out).out();
        assertTrue(info.contains("trainer.tolerance=0.5"), info);
    }
}
