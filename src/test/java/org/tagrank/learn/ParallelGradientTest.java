package org.tagrank.learn;

import org.junit.jupiter.api.Test;
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
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The batch objective gives the same bits with any number of threads (a model's bytes must not depend on
 * {@code --threads}); random real-valued data makes the order of floating-point additions visible.
 */
class ParallelGradientTest {
    private static final int FEATURES = 300;

    private static SparseVector randomVector(Random r) {
        int n = 1 + r.nextInt(25);
        int[] ids = new int[n];
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            // skewed ids, as in real feature indexes where the first-seen features are the frequent ones
            ids[i] = (int) (FEATURES * Math.pow(r.nextDouble(), 3));
            values[i] = r.nextGaussian() * 3;
        }
        return SparseVector.of(ids, values);
    }

    static Dataset labelData(long seed) {
        Random r = new Random(seed);
        List<Instance> xs = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            xs.add(new LabelInstance(randomVector(r), r.nextInt(7)));
        }
        return new Dataset(xs, LabelSet.of("a", "b", "c", "d", "e", "f", "g"), features());
    }

    static Dataset candidateData(long seed) {
        Random r = new Random(seed);
        List<Instance> xs = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            int n = 2 + r.nextInt(5);
            List<SparseVector> candidates = new ArrayList<>();
            for (int k = 0; k < n; k++) {
                candidates.add(randomVector(r));
            }
            xs.add(new CandidateInstance(candidates, r.nextInt(n)));
        }
        return new Dataset(xs, LabelSet.of(List.of()), features());
    }

    private static FeatureIndex features() {
        return FeatureIndex.of(IntStream.range(0, FEATURES).mapToObj(i -> "f" + i).toList());
    }

    private static double[] valueAndGradient(Dataset d, int columns, int threads, double[] w) {
        ExecutorService pool = threads > 1 ? Executors.newFixedThreadPool(threads - 1) : null;
        try {
            DatasetObjective f = new DatasetObjective(d, columns, 0.01, LogLoss::new, threads, pool);
            double[] out = new double[f.dimension() + 2];
            double[] g = new double[f.dimension()];
            out[0] = f.valueAndGradient(w, g);
            out[1] = f.lastAccuracy();
            System.arraycopy(g, 0, out, 2, g.length);
            return out;
        } finally {
            if (pool != null) {
                pool.shutdownNow();
            }
        }
    }

    private static void assertSameBitsForAnyThreadCount(Dataset d, int columns) {
        Random r = new Random(5);
        double[] w = new double[FEATURES * columns];
        for (int i = 0; i < w.length; i++) {
            w[i] = r.nextGaussian();
        }
        double[] one = valueAndGradient(d, columns, 1, w);
        for (int threads = 2; threads <= 5; threads++) {
            double[] many = valueAndGradient(d, columns, threads, w);
            // assertArrayEquals on doubles compares bit patterns (no tolerance)
            assertArrayEquals(one, many, "value, accuracy and gradient with " + threads + " threads");
        }
    }

    @Test
    void labelInstancesGiveTheSameBitsWithAnyNumberOfThreads() {
        assertSameBitsForAnyThreadCount(labelData(1), 7);
    }

    @Test
    void candidateInstancesGiveTheSameBitsWithAnyNumberOfThreads() {
        assertSameBitsForAnyThreadCount(candidateData(2), 1);
    }

    @Test
    void lbfgsTrainsTheSameWeightsWithAnyNumberOfThreads() {
        for (Dataset d : List.of(labelData(3), candidateData(4))) {
            float[] one = train(d, 1);
            for (int threads : new int[]{2, 3, 4}) {
                assertArrayEquals(one, train(d, threads), threads + " threads, " + d.kind());
            }
        }
    }

    private static float[] train(Dataset d, int threads) {
        TrainerConfig c = TrainerConfig.builder(TrainerConfig.Learner.LR).optimizer(TrainerConfig.OptimizerKind.LBFGS)
                .epochs(15).threads(threads).build();
        return Trainers.create(c).train(d, null, TrainingListener.SILENT).weights();
    }

    @Test
    void moreThreadsThanInstancesOrFeatures() {
        Dataset d = new Dataset(List.of(new LabelInstance(SparseVector.of(new int[]{0}, new double[]{2}), 1),
                new LabelInstance(SparseVector.of(new int[]{0}, new double[]{-1}), 0)),
                LabelSet.of("a", "b"), FeatureIndex.of(List.of("x")));
        double[] w = {0.3, -0.2};
        ExecutorService pool = Executors.newFixedThreadPool(7);
        try {
            DatasetObjective many = new DatasetObjective(d, 2, 0.0, LogLoss::new, 8, pool);
            DatasetObjective one = new DatasetObjective(d, 2, 0.0, LogLoss::new, 1, null);
            double[] g1 = new double[2];
            double[] g8 = new double[2];
            assertEquals(one.valueAndGradient(w, g1), many.valueAndGradient(w, g8));
            assertArrayEquals(g1, g8);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void anErrorInAnyThreadIsThrownAsItself() {
        Dataset d = labelData(6);
        int[] made = {0};
        Objective failing = new Objective() {
            @Override
            public double lossAndGradient(Instance x, double[] scores, int n, double[] grad) {
                throw new IllegalArgumentException("bad instance");
            }

            @Override
            public boolean smooth() {
                return true;
            }

            @Override
            public String name() {
                return "failing";
            }
        };
        // the second run of instances fails, whichever thread takes it
        java.util.function.Supplier<Objective> objectives = () -> made[0]++ == 0 ? new LogLoss() : failing;
        ExecutorService pool = Executors.newFixedThreadPool(1);
        try {
            DatasetObjective f = new DatasetObjective(d, 7, 0.0, objectives, 2, pool);
            IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                    () -> f.valueAndGradient(new double[f.dimension()], new double[f.dimension()]));
            assertEquals("bad instance", e.getMessage());
        } finally {
            pool.shutdownNow();
        }
    }
}
