package org.tagrank.learn;

import org.junit.jupiter.api.Test;
import org.tagrank.core.Dataset;
import org.tagrank.core.LinearModel;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The design notes' training progress conventions: progress lines within an epoch every N examples (Tribuo's
 * loggingInterval, {@code train --log-every N}), L-BFGS lines with the gradient norm and step, and early stopping with a
 * tolerance. Progress reporting must not change the model.
 */
class ProgressAndToleranceTest {

    private static final class Recorder implements TrainingListener {
        final int every;
        final List<ProgressReport> progress = new ArrayList<>();
        final List<EpochReport> epochs = new ArrayList<>();

        Recorder(int every) {
            this.every = every;
        }

        @Override
        public void onEpoch(EpochReport r) {
            epochs.add(r);
        }

        @Override
        public void onMessage(String message) {
        }

        @Override
        public int progressEvery() {
            return every;
        }

        @Override
        public void onProgress(ProgressReport r) {
            progress.add(r);
        }
    }

    @Test
    void onlineLearnersReportEveryNExamplesAndTrainTheSameModel() {
        Dataset data = ToyData.threeClusters(10, 1); // 30 examples
        for (TrainerConfig config : List.of(
                TrainerConfig.builder(TrainerConfig.Learner.PERCEPTRON).epochs(2).patience(0).build(),
                TrainerConfig.builder(TrainerConfig.Learner.LR).optimizer(TrainerConfig.OptimizerKind.SGD).epochs(2).patience(0).build(),
                TrainerConfig.builder(TrainerConfig.Learner.SVM).epochs(2).patience(0).build())) {
            Recorder r = new Recorder(7);
            LinearModel withLines = Trainers.create(config).train(data, null, r);
            LinearModel without = Trainers.create(config).train(data, null, TrainingListener.SILENT);
            assertArrayEquals(without.weights(), withLines.weights(), config.learner().id());
            List<Integer> done = r.progress.stream().map(TrainingListener.ProgressReport::done).toList();
            assertEquals(List.of(7, 14, 21, 28, 7, 14, 21, 28), done, config.learner().id());
            assertEquals(List.of(1, 1, 1, 1, 2, 2, 2, 2), r.progress.stream().map(TrainingListener.ProgressReport::epoch).toList());
            for (TrainingListener.ProgressReport p : r.progress) {
                assertEquals(30, p.total());
                assertTrue(p.trainAccuracy() >= 0 && p.trainAccuracy() <= 1, p.format());
                assertEquals(config.learner() == TrainerConfig.Learner.PERCEPTRON, Double.isNaN(p.loss()), p.format());
            }
            assertEquals(2, r.epochs.size());
        }
    }

    @Test
    void noLinesWhenTheIntervalIsTheEpochOrLonger() {
        Recorder r = new Recorder(30);
        Trainers.create(TrainerConfig.builder(TrainerConfig.Learner.PERCEPTRON).epochs(2).patience(0).build())
                .train(ToyData.threeClusters(10, 1), null, r);
        assertEquals(List.of(), r.progress);
    }

    @Test
    void printedLinesAreIndentedUnderTheirEpoch() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        Trainers.create(TrainerConfig.builder(TrainerConfig.Learner.PERCEPTRON).epochs(1).patience(0).build())
                .train(ToyData.threeClusters(10, 1), null, TrainingListener.printingTo(out, 10));
        String[] lines = bytes.toString(StandardCharsets.UTF_8).split("\n");
        assertTrue(lines[0].startsWith("  epoch 1/1  10/30  train-acc "), lines[0]);
        assertTrue(lines[1].startsWith("  epoch 1/1  20/30  train-acc "), lines[1]);
        assertTrue(lines[2].startsWith("epoch 1/1  train-acc "), lines[2]);
        assertThrows(IllegalArgumentException.class, () -> TrainingListener.printingTo(out, -1));
    }

    @Test
    void lbfgsLinesCarryTheGradientNormAndStep() {
        Recorder r = new Recorder(0);
        Trainers.create(TrainerConfig.builder(TrainerConfig.Learner.LR).optimizer(TrainerConfig.OptimizerKind.LBFGS)
                .epochs(3).patience(0).build()).train(ToyData.threeClusters(10, 1), null, r);
        assertFalse(r.epochs.isEmpty());
        for (TrainingListener.EpochReport e : r.epochs) {
            assertTrue(e.gradientNorm() > 0 && e.step() > 0, e.format());
            assertTrue(e.format().contains("  |g| "), e.format());
        }
        Recorder online = new Recorder(0);
        Trainers.create(TrainerConfig.builder(TrainerConfig.Learner.LR).epochs(1).patience(0).build())
                .train(ToyData.threeClusters(10, 1), null, online);
        assertFalse(online.epochs.get(0).format().contains("|g|"), online.epochs.get(0).format());
    }

    @Test
    void toleranceDecidesWhatCountsAsAnImprovement() {
        EarlyStopping<String> plain = new EarlyStopping<>(1, 0, true);
        assertFalse(plain.record(1, 0.800, "w1"));
        assertFalse(plain.record(2, 0.805, "w2")); // any rise counts
        assertEquals("w2", plain.bestWeights());

        EarlyStopping<String> tolerant = new EarlyStopping<>(2, 0.006, true);
        assertFalse(tolerant.record(1, 0.800, "w1"));
        assertFalse(tolerant.improves(0.805));
        assertFalse(tolerant.record(2, 0.805, "w2")); // +0.005: not more than 0.006
        assertTrue(tolerant.improves(0.81));
        assertFalse(tolerant.record(3, 0.810, "w3")); // +0.010 over the best (0.800)
        assertEquals(3, tolerant.bestEpoch());
        assertFalse(tolerant.record(4, 0.812, "w4"));
        assertTrue(tolerant.record(5, 0.815, "w5")); // +0.005 over 0.810: second epoch without improvement
        assertEquals("w3", tolerant.bestWeights());
    }

    @Test
    void toleranceIsValidatedAndRecordedOnlyWhenSet() {
        TrainerConfig.Builder b = TrainerConfig.builder(TrainerConfig.Learner.PERCEPTRON);
        assertFalse(b.build().toMap().containsKey("trainer.tolerance"));
        assertEquals("0.001", b.tolerance(0.001).build().toMap().get("trainer.tolerance"));
        for (double bad : new double[]{-0.1, 1, Double.NaN, Double.POSITIVE_INFINITY}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> b.tolerance(bad).build());
            assertTrue(e.getMessage().startsWith("tolerance must be in [0, 1)"), e.getMessage());
        }
    }
}
