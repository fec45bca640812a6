package org.tagrank.learn;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The L-BFGS objective (mean log loss + l2/2 ‖w‖²) on tiny random label and candidate problems: its gradient is
 * expected minus gold features (computed here densely, from scratch) plus l2·w, agrees with central finite
 * differences, and is the same to the bit with 1 or 3 threads. (Passes as is: a check, no fix.)
 */
class BatchGradientTest {
    private static final int FEATURES = 5;
    private static final int LABELS = 3;

    static Dataset labelData(Random r) {
        List<Instance> xs = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            // duplicate ids are summed by SparseVector.of: the gradient must see the sum
            xs.add(new LabelInstance(SparseVector.of(new int[]{r.nextInt(FEATURES), r.nextInt(FEATURES), 4, 4},
                    new double[]{r.nextGaussian(), r.nextGaussian(), 0.5, 0.25}), r.nextInt(LABELS)));
        }
        return new Dataset(xs, LabelSet.of("a", "b", "c"), index());
    }

    static Dataset candidateData(Random r) {
        List<Instance> xs = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            int n = 1 + r.nextInt(4);
            List<SparseVector> cs = new ArrayList<>();
            for (int k = 0; k < n; k++) {
                cs.add(SparseVector.of(new int[]{r.nextInt(FEATURES), r.nextInt(FEATURES)},
                        new double[]{r.nextGaussian(), 2 * r.nextGaussian()}));
            }
            xs.add(new CandidateInstance(cs, r.nextInt(n)));
        }
        return new Dataset(xs, LabelSet.of(List.of()), index());
    }

    static FeatureIndex index() {
        return ToyData.numbered(FEATURES);
    }

    /** (1/n) Σ (E_p[f] − f(gold)) + l2·w and the objective, from dense feature vectors. */
    static double reference(Dataset d, int columns, double l2, double[] w, double[] grad) {
        java.util.Arrays.fill(grad, 0);
        double loss = 0;
        for (Instance x : d.instances()) {
            int n = x.numOutputs(columns);
            double[][] f = new double[n][];
            double[] s = new double[n];
            double max = Double.NEGATIVE_INFINITY;
            for (int o = 0; o < n; o++) {
                f[o] = x.features(o, columns).toDense(w.length);
                for (int i = 0; i < w.length; i++) {
                    s[o] += f[o][i] * w[i];
                }
                max = Math.max(max, s[o]);
            }
            double z = 0;
            for (int o = 0; o < n; o++) {
                z += Math.exp(s[o] - max);
            }
            loss += max + Math.log(z) - s[x.gold()];
            for (int o = 0; o < n; o++) {
                double p = Math.exp(s[o] - max) / z;
                for (int i = 0; i < w.length; i++) {
                    grad[i] += (p - (o == x.gold() ? 1 : 0)) * f[o][i] / d.size();
                }
            }
        }
        double reg = 0;
        for (int i = 0; i < w.length; i++) {
            grad[i] += l2 * w[i];
            reg += w[i] * w[i];
        }
        return loss / d.size() + 0.5 * l2 * reg;
    }

    @ParameterizedTest
    @CsvSource({"labels,0", "labels,0.3", "candidates,0", "candidates,0.3"})
    void gradientIsExpectedMinusGoldPlusL2AndMatchesFiniteDifferences(String kind, double l2) {
        Random r = new Random(kind.length() * 31L + (long) (l2 * 10));
        Dataset d = kind.equals("labels") ? labelData(r) : candidateData(r);
        int columns = kind.equals("labels") ? LABELS : 1;
        DatasetObjective f = new DatasetObjective(d, columns, l2, LogLoss::new, 1, null);
        double[] w = new double[f.dimension()];
        for (int i = 0; i < w.length; i++) {
            w[i] = r.nextGaussian();
        }
        double[] g = new double[w.length];
        double value = f.valueAndGradient(w, g);
        double[] ref = new double[w.length];
        assertEquals(reference(d, columns, l2, w, ref), value, 1e-12);
        assertArrayEquals(ref, g, 1e-12);
        double h = 1e-6;
        for (int i = 0; i < w.length; i++) {
            double[] p = w.clone();
            double[] m = w.clone();
            p[i] += h;
            m[i] -= h;
            double numeric = (f.valueAndGradient(p, new double[w.length]) - f.valueAndGradient(m, new double[w.length])) / (2 * h);
            assertEquals(numeric, g[i], 1e-6, "weight " + i);
        }
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            double[] g3 = new double[w.length];
            double v3 = new DatasetObjective(d, columns, l2, LogLoss::new, 3, pool).valueAndGradient(w, g3);
            assertEquals(value, v3, 0.0);
            assertArrayEquals(g, g3, 0.0);
        } finally {
            pool.shutdownNow();
        }
    }
}
