package org.tagrank.learn;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AdaGradTest {
    @Test
    void lazyDecayMatchesThePower() {
        for (double x : new double[]{1e-9, 1e-7, 3e-6, 1e-3, 0.2}) {
            for (int n : new int[]{1, 2, 17, 1000, 100_000}) {
                double exact = Math.pow(1 - x, n);
                assertEquals(exact, AdaGrad.decay(x, n), 1e-11 * Math.max(1, exact), "x=" + x + " n=" + n);
            }
        }
    }
}
