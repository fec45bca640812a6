package org.tagrank.learn;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A step whose curvature s·y is not positive (here y = 0: the gradient did not change, a linear stretch) is left
 * out of L-BFGS's history. It was written into the history slot anyway, the oldest stored pair's (the only one with
 * memory 1) under that pair's 1/(s·y): the next direction was scaled by 0/0 and every weight became NaN, which the
 * line search then accepted. With memory 10, after ten stored pairs, the oldest pair silently became (s, y) of
 * the rejected step with another pair's ρ.
 */
class LbfgsRejectedPairTest {

    /**
     * f' = w − 2 below 1, −1 on [1, 10) (a linear stretch), w − 11 from 10 on: the minimum is at 11. From 0 the first
     * step has curvature 1, the next ones, along the stretch, none.
     */
    private static final DifferentiableFunction PIECEWISE = new DifferentiableFunction() {
        @Override
        public int dimension() {
            return 1;
        }

        @Override
        public double valueAndGradient(double[] w, double[] grad) {
            double x = w[0];
            if (x < 1) {
                grad[0] = x - 2;
                return 0.5 * (x - 2) * (x - 2);
            }
            if (x < 10) {
                grad[0] = -1;
                return 0.5 - (x - 1);
            }
            grad[0] = x - 11;
            return -9 + 0.5 * (x - 11) * (x - 11);
        }
    };

    @Test
    void aStepWithoutCurvatureDoesNotOverwriteTheHistory() {
        for (int memory : new int[]{1, 2, 10}) {
            double[] w = {0};
            double value = new Lbfgs(memory, 100, 0).minimise(PIECEWISE, w, (it, v, g, step, x) -> {
                assertTrue(Double.isFinite(x[0]), "memory " + memory + ": iteration " + it + " gave w = " + x[0]);
                return true;
            });
            assertEquals(11.0, w[0], 1e-6, "memory " + memory);
            assertEquals(-9.0, value, 1e-9, "memory " + memory);
        }
    }
}
