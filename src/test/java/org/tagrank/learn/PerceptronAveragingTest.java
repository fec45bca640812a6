package org.tagrank.learn;

import org.junit.jupiter.api.Test;
import org.tagrank.core.Dataset;
import org.tagrank.core.FeatureIndex;
import org.tagrank.core.Instance;
import org.tagrank.core.LabelInstance;
import org.tagrank.core.LabelSet;
import org.tagrank.core.SparseVector;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The averaged perceptron against a naive implementation that keeps every weight vector: the model is the mean of
 * w_0 = 0, w_1, ..., w_T (the weights before the first example and after each of the T steps), which the trick
 * w − u/c with c = T + 1 computes. (Passes as is: a check, no fix.)
 */
class PerceptronAveragingTest {

    @Test
    void oneMistakeThenNone() {
        // labels a, b; one example of b: epoch 1 ties at 0, predicts a, updates at c = 1; then right.
        // After 3 epochs: w = (-1, +1), T = 3, mean of (0, 1, 1, 1) = 0.75
        Dataset d = new Dataset(List.of(new LabelInstance(SparseVector.binary(new int[]{0}), 1)), LabelSet.of("a", "b"),
                FeatureIndex.of(List.of("f")));
        float[] w = Trainers.create(TrainerConfig.builder(TrainerConfig.Learner.PERCEPTRON).epochs(3).build())
                .train(d, null, TrainingListener.SILENT).weights();
        assertArrayEquals(new float[]{-0.75f, 0.75f}, w);
    }

    @Test
    void equalsTheMeanOfEveryWeightVectorOnNoisyData() {
        Random r = new Random(5);
        int labels = 3;
        int features = 6;
        List<Instance> xs = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            int y = r.nextInt(labels);
            xs.add(new LabelInstance(SparseVector.of(new int[]{r.nextBoolean() ? y : r.nextInt(labels), 3 + r.nextInt(3)},
                    new double[]{1, 2}), y));
        }
        Dataset d = new Dataset(xs, LabelSet.of("a", "b", "c"), FeatureIndex.of(List.of("0", "1", "2", "3", "4", "5")));
        int epochs = 4;
        long seed = 11;
        float[] trained = Trainers.create(TrainerConfig.builder(TrainerConfig.Learner.PERCEPTRON).epochs(epochs)
                .seed(seed).build()).train(d, null, TrainingListener.SILENT).weights();

        double[] w = new double[features * labels];
        double[] sum = new double[w.length];
        int[] order = OnlineTrainer.identity(xs.size());
        SplittableRandom random = new SplittableRandom(seed);
        int steps = 0;
        for (int e = 0; e < epochs; e++) {
            OnlineTrainer.shuffle(order, random);
            for (int i : order) {
                LabelInstance x = (LabelInstance) xs.get(i);
                double[] s = new double[labels];
                x.scores(w, 1.0, labels, s);
                int pred = 0;
                for (int k = 1; k < labels; k++) {
                    pred = s[k] > s[pred] ? k : pred;
                }
                if (pred != x.gold()) {
                    x.addTo(w, labels, x.gold(), 1);
                    x.addTo(w, labels, pred, -1);
                }
                for (int j = 0; j < w.length; j++) {
                    sum[j] += w[j];
                }
                steps++;
            }
        }
        assertEquals(epochs * xs.size(), steps);
        for (int j = 0; j < w.length; j++) {
            assertEquals((float) (sum[j] / (steps + 1)), trained[j], 1e-6f, "weight " + j);
        }
    }
}
