package org.tagrank.learn;

import org.junit.jupiter.api.Test;
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
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The trainer keeps w as floats when exact, scores the average on the fly and keeps the best
 * epoch in floats: its weights must equal, bit for bit, those of the plain algorithm (double w,
 * a double copy of the average per epoch), which this test runs as the reference.
 */
class AveragedPerceptronExactTest {

    /** Sparse binary label data with label noise, so that the perceptron keeps updating. */
    private static Dataset binaryLabels(int n, long seed) {
        Random r = new Random(seed);
        List<Instance> xs = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (int j = 0; j < 60; j++) {
            names.add("f" + j);
        }
        for (int i = 0; i < n; i++) {
            int y = r.nextInt(4);
            int[] ids = new int[6];
            double[] vals = new double[6];
            for (int k = 0; k < ids.length; k++) {
                ids[k] = r.nextInt(4) == 0 ? r.nextInt(60) : y * 15 + r.nextInt(15);
                vals[k] = 1;
            }
            xs.add(new LabelInstance(SparseVector.of(ids, vals), r.nextInt(10) == 0 ? r.nextInt(4) : y));
        }
        return new Dataset(xs, LabelSet.of("a", "b", "c", "d"), FeatureIndex.of(names));
    }

    /** The algorithm as it was: double w and u, the average materialised each epoch, the best one kept. */
    private static float[] reference(Dataset train, Dataset dev, TrainerConfig config) {
        int columns = train.kind() == LinearModel.Kind.LABELS ? train.labels().size() : 1;
        int dim = train.features().size() * columns;
        double[] w = new double[dim];
        double[] u = new double[dim];
        int[] order = OnlineTrainer.identity(train.size());
        SplittableRandom random = new SplittableRandom(config.seed());
        double[] scores = new double[Math.max(train.maxOutputs(columns), columns)];
        EarlyStopping<double[]> stopping = new EarlyStopping<>(config.patience(), config.tolerance(), dev != null);
        double c = 1;
        for (int epoch = 1; epoch <= config.epochs(); epoch++) {
            OnlineTrainer.shuffle(order, random);
            for (int i : order) {
                AveragedPerceptronTrainer.step(train.instances().get(i), w, u, c, columns, scores);
                c++;
            }
            double[] avg = new double[dim];
            for (int j = 0; j < dim; j++) {
                avg[j] = w[j] - u[j] / c;
            }
            double devAcc = dev == null ? Double.NaN : WeightsEval.accuracy(dev, avg, 1.0, columns, new LogLoss(), false);
            if (stopping.record(epoch, devAcc, avg)) {
                break;
            }
        }
        return WeightsEval.toFloat(stopping.bestWeights());
    }

    private static void assertSameAsReference(Dataset train, Dataset dev, TrainerConfig config) {
        LinearModel m = new AveragedPerceptronTrainer(config).train(train, dev, TrainingListener.SILENT);
        assertArrayEquals(reference(train, dev, config), m.weights());
    }

    @Test
    void binaryFeaturesUseExactFloatWeightsAndGiveTheSameWeights() {
        Dataset train = binaryLabels(400, 1);
        assertTrue(AveragedPerceptronTrainer.floatExact(train.instances(), 8));
        TrainerConfig config = TrainerConfig.builder(TrainerConfig.Learner.PERCEPTRON).epochs(8).patience(2).seed(3).build();
        assertSameAsReference(train, binaryLabels(150, 2), config);
        assertSameAsReference(train, null, config);
    }

    /**
     * Many labels (up to 64, the touched-rows limit), integral values of both signs, and a feature
     * in every example that ends up touched for most labels (scored densely) beside sparse ones.
     */
    private static Dataset manyLabels(int labels, int n, long seed) {
        Random r = new Random(seed);
        List<Instance> xs = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (int j = 0; j < 200; j++) {
            names.add("f" + j);
        }
        List<String> ys = new ArrayList<>();
        for (int y = 0; y < labels; y++) {
            ys.add("y" + y);
        }
        for (int i = 0; i < n; i++) {
            int y = r.nextInt(labels);
            int[] ids = new int[5];
            double[] vals = new double[5];
            ids[0] = 0;
            vals[0] = 1;
            for (int k = 1; k < ids.length; k++) {
                ids[k] = r.nextInt(3) == 0 ? 1 + r.nextInt(199) : 1 + (y * 3 + r.nextInt(3)) % 199;
                vals[k] = r.nextBoolean() ? 2 : -1;
            }
            xs.add(new LabelInstance(SparseVector.of(ids, vals), r.nextInt(8) == 0 ? r.nextInt(labels) : y));
        }
        return new Dataset(xs, LabelSet.of(ys), FeatureIndex.of(names));
    }

    @Test
    void manyLabelsScoredThroughTouchedRowsGiveTheSameWeights() {
        for (int labels : new int[]{40, 64}) {
            Dataset train = manyLabels(labels, 900, labels);
            assertTrue(AveragedPerceptronTrainer.floatExact(train.instances(), 6));
            TrainerConfig config = TrainerConfig.builder(TrainerConfig.Learner.PERCEPTRON).epochs(6).patience(2).seed(5).build();
            assertSameAsReference(train, manyLabels(labels, 300, labels + 1), config);
        }
    }

    @Test
    void realValuedFeaturesKeepDoubleWeightsAndGiveTheSameWeights() {
        Dataset train = ToyData.threeClusters(60, 4);
        assertFalse(AveragedPerceptronTrainer.floatExact(train.instances(), 5), "non-integral values");
        TrainerConfig config = TrainerConfig.builder(TrainerConfig.Learner.PERCEPTRON).epochs(5).patience(0).seed(1).build();
        assertSameAsReference(train, ToyData.threeClusters(20, 5), config);
    }

    @Test
    void candidateInstancesGiveTheSameWeights() {
        Random r = new Random(7);
        List<Instance> xs = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            int n = 2 + r.nextInt(3);
            List<SparseVector> cands = new ArrayList<>();
            int gold = r.nextInt(n);
            for (int k = 0; k < n; k++) {
                cands.add(SparseVector.of(new int[]{k == gold ? 0 : 1, 2 + r.nextInt(5)}, new double[]{1, 2}));
            }
            xs.add(new CandidateInstance(cands, gold));
        }
        Dataset d = new Dataset(xs, LabelSet.of(List.of()), FeatureIndex.of(List.of("g", "o", "n2", "n3", "n4", "n5", "n6")));
        assertTrue(AveragedPerceptronTrainer.floatExact(d.instances(), 6));
        TrainerConfig config = TrainerConfig.builder(TrainerConfig.Learner.PERCEPTRON).epochs(6).patience(0).seed(2).build();
        assertSameAsReference(d, d, config);
    }

    @Test
    void floatWeightsAreRefusedWhenCountsCouldReachTwoToThe24() {
        List<Instance> xs = List.of(new LabelInstance(SparseVector.of(new int[]{0}, new double[]{3000}), 0),
                new LabelInstance(SparseVector.of(new int[]{0}, new double[]{1}), 1));
        assertTrue(AveragedPerceptronTrainer.floatExact(xs, 10));
        assertFalse(AveragedPerceptronTrainer.floatExact(xs, 3000), "2 x 3000 x 2 x 3000 > 2^24");
    }
}
