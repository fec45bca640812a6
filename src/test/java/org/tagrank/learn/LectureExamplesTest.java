package org.tagrank.learn;

import org.junit.jupiter.api.Test;
import org.tagrank.core.FeatureIndex;
import org.tagrank.core.LabelInstance;
import org.tagrank.core.LabelSet;
import org.tagrank.core.SparseVector;
import org.tagrank.core.Softmax;
import org.tagrank.feature.DatasetBuilder;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The worked examples of the lecture notes the engine comes from. The lecture writes f(x,y) and w
 * label-major (all features of Health, then Sports, then Science); the engine stores weights
 * feature-major (index feature*K + label), so the tests convert between the two layouts.
 */
class LectureExamplesTest {
    static final LabelSet LABELS = LabelSet.of("Health", "Sports", "Science");
    static final FeatureIndex FEATURES = FeatureIndex.of(List.of("contains drug", "contains patients", "contains baseball"));

    /** I[contains w] base features of a text. */
    static SparseVector baseFeatures(String text) {
        List<String> words = List.of(text.toLowerCase().split("[^a-z]+"));
        return DatasetBuilder.encode(FEATURES, sink -> {
            for (String f : List.of("drug", "patients", "baseball")) {
                if (words.contains(f)) {
                    sink.add("contains " + f);
                }
            }
        });
    }

    /** Engine layout (feature-major) to the lecture's label-major layout. */
    static double[] labelMajor(double[] featureMajor, int numFeatures, int numLabels) {
        double[] out = new double[featureMajor.length];
        for (int j = 0; j < numFeatures; j++) {
            for (int y = 0; y < numLabels; y++) {
                out[y * numFeatures + j] = featureMajor[j * numLabels + y];
            }
        }
        return out;
    }

    static double[] featureMajor(double[] labelMajor, int numFeatures, int numLabels) {
        double[] out = new double[labelMajor.length];
        for (int j = 0; j < numFeatures; j++) {
            for (int y = 0; y < numLabels; y++) {
                out[j * numLabels + y] = labelMajor[y * numFeatures + j];
            }
        }
        return out;
    }

    static final LabelInstance X = new LabelInstance(baseFeatures("too many drug trials, too few patients"), 0);

    @Test
    void baseFeaturesAndLabelConjoinedVectors() {
        assertArrayEquals(new double[]{1, 1, 0}, X.x().toDense(3));
        double[] health = labelMajor(X.features(0, 3).toDense(9), 3, 3);
        double[] sports = labelMajor(X.features(1, 3).toDense(9), 3, 3);
        assertArrayEquals(new double[]{1, 1, 0, 0, 0, 0, 0, 0, 0}, health);
        assertArrayEquals(new double[]{0, 0, 0, 1, 1, 0, 0, 0, 0}, sports);
    }

    @Test
    void logLinearGradientIsGoldMinusExpected() {
        // scores whose softmax is exactly [0.21, 0.77, 0.02]
        double[] scores = {Math.log(0.21), Math.log(0.77), Math.log(0.02)};
        double[] dScores = new double[3];
        new LogLoss().lossAndGradient(X, scores, 3, dScores);
        double[] gradLoss = new double[9];
        for (int y = 0; y < 3; y++) {
            X.addTo(gradLoss, 3, y, dScores[y]);
        }
        double[] goldMinusExpected = labelMajor(Arrays.stream(gradLoss).map(g -> -g).toArray(), 3, 3);
        assertArrayEquals(new double[]{0.79, 0.79, 0, -0.77, -0.77, 0, -0.02, -0.02, 0}, goldMinusExpected, 1e-12);
    }

    @Test
    void weightsGiveTheLectureProbabilities() {
        double[] w = featureMajor(new double[]{2.09, 1.69, 0, 2.43, -0.87, 0, 1.08, -1.72, 0}, 3, 3);
        double[] s = new double[3];
        X.scores(w, 1.0, 3, s);
        double[] p = new double[3];
        Softmax.apply(s, 3, p);
        assertArrayEquals(new double[]{0.89, 0.10, 0.01}, Arrays.stream(p).map(v -> Math.round(v * 100) / 100.0).toArray(), 1e-12);
    }

    @Test
    void costSensitiveSvmPicksTheMostViolatedConstraint() {
        CostMatrix cost = CostMatrix.uniform(3).with(LABELS, "Health", "Sports", 3).with(LABELS, "Health", "Science", 1);
        CostSensitiveHinge hinge = new CostSensitiveHinge(cost);
        double[] scores = {2.4, 1.3, 0.5}; // Health (gold), Sports, Science
        assertEquals(1, hinge.mostViolated(X, scores, 3), "Sports: 1.3 + 3 = 4.3 beats Science 0.5 + 1 and Health 2.4");
        double[] dScores = new double[3];
        double slack = hinge.lossAndGradient(X, scores, 3, dScores);
        assertEquals(4.3 - 2.4, slack, 1e-12);
        double[] sub = new double[9];
        for (int y = 0; y < 3; y++) {
            X.addTo(sub, 3, y, dScores[y]);
        }
        double[] expected = new double[9];
        double[] fMax = X.features(1, 3).toDense(9);
        double[] fGold = X.features(0, 3).toDense(9);
        for (int i = 0; i < 9; i++) {
            expected[i] = fMax[i] - fGold[i];
        }
        assertArrayEquals(expected, sub, 1e-12, "subgradient = f(x, y_max) - f(x, y*)");
    }

    @Test
    void perceptronDoesNotUpdateWhenGoldAlreadyWins() {
        double[] w = featureMajor(new double[]{2.09, 1.69, 0, 2.43, -0.87, 0, 1.08, -1.72, 0}, 3, 3);
        double[] before = w.clone();
        double[] u = new double[9];
        int predicted = AveragedPerceptronTrainer.step(X, w, u, 1, 3, new double[3]);
        assertEquals(0, predicted);
        assertArrayEquals(before, w);
        assertArrayEquals(new double[9], u);
    }

    @Test
    void perceptronUpdatesTowardsGoldOnAMistake() {
        double[] w = new double[9];
        w[1] = 1; // feature 0 ("contains drug") for Sports
        double[] u = new double[9];
        int predicted = AveragedPerceptronTrainer.step(X, w, u, 1, 3, new double[3]);
        assertEquals(1, predicted);
        double[] s = new double[3];
        X.scores(w, 1.0, 3, s);
        assertEquals(2.0, s[0], 1e-12, "gold score raised by |f(x)| = 2");
    }
}
