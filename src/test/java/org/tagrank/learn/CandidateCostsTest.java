package org.tagrank.learn;

import org.junit.jupiter.api.Test;
import org.tagrank.core.CandidateInstance;
import org.tagrank.core.SparseVector;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The cost-sensitive SVM on candidate instances that carry their own costs, computed by hand. */
class CandidateCostsTest {
    private static final List<SparseVector> THREE = List.of(SparseVector.binary(new int[]{0}),
            SparseVector.binary(new int[]{1}), SparseVector.binary(new int[]{2}));

    @Test
    void theLossAugmentedArgmaxUsesTheInstanceCosts() {
        CandidateInstance x = new CandidateInstance(THREE, 0, new double[]{0, 0.2, 3});
        CostSensitiveHinge h = new CostSensitiveHinge(CostFunction.ZERO_ONE);
        double[] s = {1, 1.5, 0};
        double[] g = new double[3];
        // cost + score: 1, 1.7, 3 -> candidate 2 is the most violated although candidate 1 scores higher
        assertEquals(2, h.mostViolated(x, s, 3));
        assertEquals(3 + 0 - 1, h.lossAndGradient(x, s, 3, g), 1e-12);
        assertArrayEquals(new double[]{-1, 0, 1}, g, 0);
        // under 0/1 costs the same scores violate most at candidate 1: 1 + 1.5 - 1
        CandidateInstance plain = new CandidateInstance(THREE, 0);
        assertEquals(1, h.mostViolated(plain, s, 3));
        assertEquals(1.5, h.lossAndGradient(plain, s, 3, g), 1e-12);
        assertArrayEquals(new double[]{-1, 1, 0}, g, 0);
        // margins at least the costs: no loss, no gradient; exactly at the margin counts as satisfied
        double[] ok = {3, 2.8, 0};
        assertEquals(0, h.lossAndGradient(x, ok, 3, g));
        assertArrayEquals(new double[3], g, 0);
    }

    @Test
    void anotherCandidateMayCostZeroTooAndIsThenOnlyAMarginOfZero() {
        CandidateInstance x = new CandidateInstance(THREE, 1, new double[]{0, 0, 1});
        double[] g = new double[3];
        double loss = new CostSensitiveHinge(CostFunction.ZERO_ONE).lossAndGradient(x, new double[]{2, 1.5, 0}, 3, g);
        assertEquals(0.5, loss, 1e-12);
        assertArrayEquals(new double[]{1, -1, 0}, g, 0);
    }

    /**
     * Before, a gold cost above 0 was accepted and silently shrank every margin by it (the slack compared with
     * cost(gold) + s_gold), so the hinge was 0 where the documented slack max_y [cost(y) + s_y] - s_gold is not.
     */
    @Test
    void aGoldCostOtherThanZeroIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new CandidateInstance(THREE, 2, new double[]{1, 1, 0.5}));
        assertEquals("the gold candidate's cost must be 0, got costs[2] = 0.5 in [1.0, 1.0, 0.5]", e.getMessage());
        assertEquals(3, new CandidateInstance(THREE, -1, new double[]{1, 1, 0.5}).candidates().size(), "no gold: any costs");
    }
}
