package org.tagrank.core;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Values are stored as floats: a finite double beyond the float range must not turn into an infinite value. */
class SparseVectorRangeTest {
    @Test
    void rejectsValuesBeyondTheFloatRange() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SparseVector.of(new int[]{1}, new double[]{1e39}));
        assertTrue(e.getMessage().contains("1.0E39"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> SparseVector.of(new int[]{1}, new double[]{-1e200}));
    }

    @Test
    void rejectsDuplicatesWhoseSumLeavesTheFloatRange() {
        assertThrows(IllegalArgumentException.class,
                () -> SparseVector.of(new int[]{1, 1}, new double[]{3e38, 3e38}));
    }

    @Test
    void keepsTheLargestFloat() {
        assertEquals(1, SparseVector.of(new int[]{1}, new double[]{Float.MAX_VALUE}).size());
    }

    @Test
    void lowerBoundFindsTheFirstIdAtOrAbove() {
        SparseVector v = SparseVector.binary(new int[]{2, 5, 9});
        assertEquals(0, v.lowerBound(0));
        assertEquals(0, v.lowerBound(2));
        assertEquals(1, v.lowerBound(3));
        assertEquals(2, v.lowerBound(9));
        assertEquals(3, v.lowerBound(10));
        assertEquals(0, SparseVector.empty().lowerBound(4));
    }
}
