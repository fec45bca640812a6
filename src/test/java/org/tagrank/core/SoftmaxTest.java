package org.tagrank.core;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class SoftmaxTest {
    @Test
    void finiteScores() {
        double[] p = new double[3];
        double lse = Softmax.apply(new double[] {1, 2, 3}, 3, p);
        double z = Math.exp(1) + Math.exp(2) + Math.exp(3);
        assertArrayEquals(new double[] {Math.exp(1) / z, Math.exp(2) / z, Math.exp(3) / z}, p, 1e-12);
        assertEquals(Math.log(z), lse, 1e-12);
    }

    /** exp(inf - inf) is NaN: overflowed scores gave NaN probabilities for every candidate. */
    @Test
    void infiniteScoresTakeTheLimit() {
        double inf = Double.POSITIVE_INFINITY;
        double[] p = new double[4];
        Softmax.apply(new double[] {inf, 1, inf, Double.NEGATIVE_INFINITY}, 4, p);
        assertArrayEquals(new double[] {0.5, 0, 0.5, 0}, p);
        Softmax.apply(new double[] {inf, -inf, 3, 0}, 2, p);
        assertArrayEquals(new double[] {1, 0}, new double[] {p[0], p[1]});
        assertEquals(Double.NEGATIVE_INFINITY, Softmax.apply(new double[] {-inf, -inf}, 2, p));
        assertArrayEquals(new double[] {0.5, 0.5}, new double[] {p[0], p[1]});
    }

    /** A float product overflowed at ~3.4e38 before it was added in double. */
    @Test
    void largeValueTimesLargeWeightStaysFinite() {
        SparseVector x = SparseVector.of(new int[] {0, 1}, new double[] {3e38, 2});
        float[] w = {2f, 1.5e38f};
        assertEquals(3e38 * 2 + 2 * 1.5e38, x.dot(w, 1, 0), 1e32);
    }
}
