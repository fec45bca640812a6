package org.tagrank.learn;

import org.junit.jupiter.api.Test;
import org.tagrank.core.CandidateInstance;
import org.tagrank.core.Instance;
import org.tagrank.core.LabelInstance;
import org.tagrank.core.SparseVector;

import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Every objective's analytic gradient against central finite differences, on label and candidate instances. */
class GradientCheckTest {
    private static final double H = 1e-6;

    static double loss(Objective o, Instance x, double[] w, int columns, int n) {
        double[] s = new double[Math.max(n, columns)];
        x.scores(w, 1.0, columns, s);
        return o.lossAndGradient(x, s, n, new double[s.length]);
    }

    static void check(Objective o, Instance x, int dim, int columns, long seed) {
        Random r = new Random(seed);
        double[] w = new double[dim];
        for (int i = 0; i < dim; i++) {
            w[i] = r.nextGaussian();
        }
        int n = x.numOutputs(columns);
        double[] s = new double[Math.max(n, columns)];
        double[] ds = new double[s.length];
        x.scores(w, 1.0, columns, s);
        o.lossAndGradient(x, s, n, ds);
        double[] grad = new double[dim];
        for (int out = 0; out < n; out++) {
            x.addTo(grad, columns, out, ds[out]);
        }
        for (int i = 0; i < dim; i++) {
            double[] plus = w.clone();
            double[] minus = w.clone();
            plus[i] += H;
            minus[i] -= H;
            double numeric = (loss(o, x, plus, columns, n) - loss(o, x, minus, columns, n)) / (2 * H);
            assertEquals(numeric, grad[i], 1e-5, o.name() + " weight " + i);
        }
    }

    static final LabelInstance LABEL_X = new LabelInstance(SparseVector.of(new int[]{0, 2, 3}, new double[]{1.0, 0.5, -2.0}), 1);
    static final CandidateInstance CAND_X = new CandidateInstance(List.of(
            SparseVector.of(new int[]{0, 1}, new double[]{1, 2}),
            SparseVector.of(new int[]{1, 3}, new double[]{0.5, 1}),
            SparseVector.of(new int[]{2}, new double[]{3})), 2);

    @Test
    void logLoss() {
        check(new LogLoss(), LABEL_X, 4 * 3, 3, 1);
        check(new LogLoss(), CAND_X, 4, 1, 2);
    }

    @Test
    void oneVsAll() {
        check(new OneVsAllLogistic(), LABEL_X, 4 * 3, 3, 3);
    }

    @Test
    void allVsAll() {
        AllVsAllLogistic o = new AllVsAllLogistic(4);
        check(o, new LabelInstance(LABEL_X.x(), 2), 4 * o.columns(4), o.columns(4), 4);
    }

    @Test
    void hingeAwayFromKinks() {
        // random Gaussian weights keep all margins away from ties with probability 1
        check(new CostSensitiveHinge(CostFunction.ZERO_ONE), LABEL_X, 4 * 3, 3, 5);
        check(new CostSensitiveHinge(CostFunction.ZERO_ONE), CAND_X, 4, 1, 6);
    }

    /**
     * The cost-sensitive hinge with a non-uniform cost matrix and with candidates' own costs: the loss is the slack
     * max_y [ℓ(gold, y) + s_y] − s_gold, found here by brute force over the outputs, and its gradient matches
     * finite differences (random Gaussian weights keep the loss-augmented argmax away from ties).
     */
    @Test
    void costSensitiveHingeIsTheSlackOfTheLossAugmentedArgmax() {
        CostMatrix m = new CostMatrix(new double[][]{{0, 0.3, 2}, {1.5, 0, 0.7}, {0.2, 4, 0}});
        CandidateInstance withCosts = new CandidateInstance(CAND_X.candidates(), 2, new double[]{0.5, 3, 0});
        Random r = new Random(9);
        for (int trial = 0; trial < 20; trial++) {
            for (int gold = 0; gold < 3; gold++) {
                LabelInstance x = new LabelInstance(LABEL_X.x(), gold);
                CostSensitiveHinge h = new CostSensitiveHinge(m);
                check(h, x, 4 * 3, 3, r.nextLong());
                assertSlack(h, x, 3, (g, y) -> m.cost(x, g, y), r);
            }
            CostSensitiveHinge h = new CostSensitiveHinge(CostFunction.ZERO_ONE);
            check(h, withCosts, 4, 1, r.nextLong());
            assertSlack(h, withCosts, 1, (g, y) -> withCosts.cost(y), r);
        }
    }

    /** The hinge's loss and score gradient at random weights against the slack found by brute force. */
    private static void assertSlack(CostSensitiveHinge h, Instance x, int columns,
                                    java.util.function.ToDoubleBiFunction<Integer, Integer> cost, Random r) {
        double[] w = new double[4 * columns];
        for (int i = 0; i < w.length; i++) {
            w[i] = r.nextGaussian();
        }
        int n = x.numOutputs(columns);
        double[] s = new double[Math.max(n, columns)];
        x.scores(w, 1.0, columns, s);
        int gold = x.gold();
        int worst = gold;
        for (int y = 0; y < n; y++) {
            if (cost.applyAsDouble(gold, y) + s[y] > cost.applyAsDouble(gold, worst) + s[worst]) {
                worst = y;
            }
        }
        double[] grad = new double[s.length];
        assertEquals(cost.applyAsDouble(gold, worst) + s[worst] - s[gold], h.lossAndGradient(x, s, n, grad), 1e-12);
        assertEquals(worst, h.mostViolated(x, s, n));
        for (int y = 0; y < n; y++) {
            double expected = worst == gold ? 0 : y == worst ? 1 : y == gold ? -1 : 0;
            assertEquals(expected, grad[y], 0.0, "output " + y);
        }
    }

    @Test
    void batchObjectiveMatchesFiniteDifferencesWithRegularisation() {
        org.tagrank.core.Dataset d = ToyData.threeClusters(30, 7);
        int columns = 3;
        DatasetObjective f = new DatasetObjective(d, columns, 0.01, LogLoss::new, 1, null);
        Random r = new Random(8);
        double[] w = new double[f.dimension()];
        for (int i = 0; i < w.length; i++) {
            w[i] = r.nextGaussian() * 0.1;
        }
        double[] g = new double[w.length];
        f.valueAndGradient(w, g);
        for (int i = 0; i < w.length; i++) {
            double[] p = w.clone();
            double[] m = w.clone();
            p[i] += H;
            m[i] -= H;
            double numeric = (f.valueAndGradient(p, new double[w.length]) - f.valueAndGradient(m, new double[w.length])) / (2 * H);
            assertEquals(numeric, g[i], 1e-6, "weight " + i);
        }
    }
}
