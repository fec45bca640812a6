package org.tagrank.learn;

import org.tagrank.core.CandidateInstance;
import org.tagrank.core.Dataset;
import org.tagrank.core.FeatureIndex;
import org.tagrank.core.Instance;
import org.tagrank.core.LabelInstance;
import org.tagrank.core.LabelSet;
import org.tagrank.core.SparseVector;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Small synthetic data sets for learner tests. */
final class ToyData {
    private ToyData() {
    }

    /** Features named f0 .. f(n-1). */
    static FeatureIndex numbered(int n) {
        List<String> names = new ArrayList<>();
        for (int j = 0; j < n; j++) {
            names.add("f" + j);
        }
        return FeatureIndex.of(names);
    }

    /**
     * {@code n} ranking examples of 2-4 candidates, each with two random features of {@code features}, the gold
     * candidate's first value shifted up by {@code goldShift}.
     */
    static Dataset randomCandidates(Random r, int n, int features, double goldShift) {
        List<Instance> xs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int m = 2 + r.nextInt(3);
            int gold = r.nextInt(m);
            List<SparseVector> cs = new ArrayList<>();
            for (int k = 0; k < m; k++) {
                cs.add(SparseVector.of(new int[]{r.nextInt(features), r.nextInt(features)},
                        new double[]{r.nextGaussian() + (k == gold ? goldShift : 0), r.nextGaussian()}));
            }
            xs.add(new CandidateInstance(cs, gold));
        }
        return new Dataset(xs, LabelSet.of(List.of()), numbered(features));
    }

    /** Three Gaussian clusters in 2-D (plus a bias feature), labels a, b, c. */
    static Dataset threeClusters(int perClass, long seed) {
        Random r = new Random(seed);
        double[][] centres = {{2, 0}, {-1, 2}, {-1, -2}};
        List<Instance> xs = new ArrayList<>();
        for (int i = 0; i < perClass; i++) {
            for (int y = 0; y < 3; y++) {
                xs.add(new LabelInstance(SparseVector.of(new int[]{0, 1, 2},
                        new double[]{centres[y][0] + 0.5 * r.nextGaussian(), centres[y][1] + 0.5 * r.nextGaussian(), 1}), y));
            }
        }
        return new Dataset(xs, LabelSet.of("a", "b", "c"), FeatureIndex.of(List.of("x", "y", "bias")));
    }

    /**
     * The lecture's example: points on a line, class 1 on the left, 2 on the right and 3 in the
     * middle. A linear one-vs-all classifier separates 1 from 2+3 and 2 from 1+3 but cannot
     * separate 3 from the others; the multiclass argmax can (3 wins between the other two).
     */
    static Dataset lineWithMiddleClass(int perClass, long seed) {
        Random r = new Random(seed);
        double[] centre = {-3, 3, 0};
        List<Instance> xs = new ArrayList<>();
        for (int i = 0; i < perClass; i++) {
            for (int y = 0; y < 3; y++) {
                double x = centre[y] + (r.nextDouble() - 0.5) * 2.0; // ±1 around the centre: clusters 1 apart
                xs.add(new LabelInstance(SparseVector.of(new int[]{0, 1}, new double[]{x, 1}), y));
            }
        }
        return new Dataset(xs, LabelSet.of("1", "2", "3"), FeatureIndex.of(List.of("x", "bias")));
    }
}
