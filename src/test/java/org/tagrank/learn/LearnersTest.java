package org.tagrank.learn;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tagrank.core.CandidateInstance;
import org.tagrank.core.Dataset;
import org.tagrank.core.FeatureIndex;
import org.tagrank.core.Instance;
import org.tagrank.core.LabelInstance;
import org.tagrank.core.LabelSet;
import org.tagrank.core.LinearModel;
import org.tagrank.core.SparseVector;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LearnersTest {

    static TrainerConfig config(String spec) {
        String[] p = spec.split("-");
        TrainerConfig.Builder b = TrainerConfig.builder(TrainerConfig.Learner.parse(p[0])).epochs(30).patience(0).seed(3);
        if (p.length > 1) {
            b.optimizer(TrainerConfig.OptimizerKind.parse(p[1]));
        }
        if (p.length > 1 && p[1].equals("lbfgs")) {
            b.epochs(200).l2(1e-4);
        }
        return b.build();
    }

    static double accuracy(LinearModel m, Dataset d) {
        int ok = 0;
        for (Instance x : d.instances()) {
            if (m.argmax(x) == x.gold()) {
                ok++;
            }
        }
        return ok / (double) d.size();
    }

    @ParameterizedTest
    @ValueSource(strings = {"perceptron", "lr-sgd", "lr-adagrad", "lr-lbfgs", "svm-sgd", "svm-adagrad", "ova-adagrad",
            "ova-lbfgs", "ava-adagrad", "ava-lbfgs"})
    void everyLearnerFitsSeparableClusters(String spec) {
        Dataset train = ToyData.threeClusters(40, 1);
        Dataset test = ToyData.threeClusters(40, 2);
        LinearModel m = Trainers.create(config(spec)).train(train, null, TrainingListener.SILENT);
        assertTrue(accuracy(m, test) >= 0.95, spec + " test accuracy " + accuracy(m, test));
    }

    @ParameterizedTest
    @ValueSource(strings = {"perceptron", "lr-adagrad", "lr-lbfgs", "svm-adagrad"})
    void multiclassLearnersSeparateTheMiddleClass(String spec) {
        Dataset d = ToyData.lineWithMiddleClass(30, 4);
        LinearModel m = Trainers.create(config(spec)).train(d, null, TrainingListener.SILENT);
        assertEquals(1.0, accuracy(m, d), spec);
    }

    @Test
    void oneVsAllCannotSeparateTheMiddleClassFromTheOthers() {
        Dataset d = ToyData.lineWithMiddleClass(30, 4);
        LinearModel ova = Trainers.create(config("ova-lbfgs")).train(d, null, TrainingListener.SILENT);
        double[] binaryAccuracy = new double[3];
        for (Instance x : d.instances()) {
            double[] s = ova.scores(x);
            for (int y = 0; y < 3; y++) {
                boolean saysY = s[y] > 0;
                if (saysY == (x.gold() == y)) {
                    binaryAccuracy[y]++;
                }
            }
        }
        for (int y = 0; y < 3; y++) {
            binaryAccuracy[y] /= d.size();
        }
        assertEquals(1.0, binaryAccuracy[0], "1 vs 2+3 is linearly separable");
        assertEquals(1.0, binaryAccuracy[1], "2 vs 1+3 is linearly separable");
        assertTrue(binaryAccuracy[2] <= 2.0 / 3 + 1e-9, "3 vs 1+2 is not: a line keeps at most the majority side, got "
                + binaryAccuracy[2]);
    }

    @Test
    void candidateRankingWithEveryCandidateLearner() {
        // the gold candidate is the one whose feature 0 is largest; feature 1 is noise
        Random r = new Random(5);
        List<Instance> xs = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            int n = 2 + r.nextInt(4);
            List<SparseVector> cands = new ArrayList<>();
            int gold = r.nextInt(n);
            for (int c = 0; c < n; c++) {
                double f0 = c == gold ? 1 + r.nextDouble() : r.nextDouble();
                cands.add(SparseVector.of(new int[]{0, 1}, new double[]{f0, r.nextGaussian()}));
            }
            xs.add(new CandidateInstance(cands, gold));
        }
        Dataset d = new Dataset(xs, LabelSet.of(List.of()), FeatureIndex.of(List.of("f0", "noise")));
        for (String spec : List.of("perceptron", "lr-adagrad", "lr-lbfgs", "svm-adagrad", "lr-sgd")) {
            LinearModel m = Trainers.create(config(spec)).train(d, null, TrainingListener.SILENT);
            assertEquals(LinearModel.Kind.CANDIDATES, m.kind());
            assertTrue(accuracy(m, d) >= 0.98, spec + " " + accuracy(m, d));
            assertTrue(m.weight(0) > Math.abs(m.weight(1)), spec + " learns that f0 matters");
        }
    }

    @Test
    void earlyStoppingKeepsTheBestDevEpoch() {
        Dataset train = ToyData.threeClusters(20, 1);
        Dataset dev = ToyData.threeClusters(20, 9);
        List<Double> devAcc = new ArrayList<>();
        List<String> messages = new ArrayList<>();
        LinearModel m = Trainers.create(TrainerConfig.builder(TrainerConfig.Learner.PERCEPTRON).epochs(20).patience(2).build())
                .train(train, dev, new TrainingListener() {
                    @Override
                    public void onEpoch(EpochReport r) {
                        devAcc.add(r.devAccuracy());
                    }

                    @Override
                    public void onMessage(String message) {
                        messages.add(message);
                    }
                });
        double best = devAcc.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
        assertEquals(best, accuracy(m, dev), 1e-12);
        assertEquals(String.format(java.util.Locale.ROOT, "%.4f", best), m.provenance().get("score.dev_accuracy"));
        assertEquals(1, messages.size());
    }

    @Test
    void sameSeedSameWeightsDifferentSeedDifferentOrder() {
        Dataset d = ToyData.threeClusters(30, 1);
        for (String spec : List.of("perceptron", "lr-sgd", "lr-adagrad", "svm-adagrad", "lr-lbfgs")) {
            float[] a = Trainers.create(config(spec)).train(d, null, TrainingListener.SILENT).weights();
            float[] b = Trainers.create(config(spec)).train(d, null, TrainingListener.SILENT).weights();
            assertTrue(java.util.Arrays.equals(a, b), spec);
        }
    }

    @Test
    void parallelLbfgsGradientEqualsSingleThreaded() {
        Dataset d = ToyData.threeClusters(50, 1);
        TrainerConfig one = TrainerConfig.builder(TrainerConfig.Learner.LR).optimizer(TrainerConfig.OptimizerKind.LBFGS)
                .epochs(30).threads(1).build();
        TrainerConfig four = TrainerConfig.builder(TrainerConfig.Learner.LR).optimizer(TrainerConfig.OptimizerKind.LBFGS)
                .epochs(30).threads(4).build();
        float[] a = Trainers.create(one).train(d, null, TrainingListener.SILENT).weights();
        float[] b = Trainers.create(four).train(d, null, TrainingListener.SILENT).weights();
        assertTrue(java.util.Arrays.equals(a, b), "the same weights to the bit with 1 and 4 threads");
    }

    @Test
    void labelInstanceOutputsAreLabels() {
        LabelInstance x = new LabelInstance(SparseVector.binary(new int[]{0}), 1);
        assertEquals(5, x.numOutputs(5));
    }
}
