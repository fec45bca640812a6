package org.tagrank.core;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SparseVectorOfSortedTest {
    @Test
    void equalsTheSortingFactory() {
        assertEquals(SparseVector.of(new int[]{7, 2}, new double[]{0.5, 1.5}),
                SparseVector.ofSorted(new int[]{2, 7}, new float[]{1.5f, 0.5f}));
    }

    @Test
    void rejectsUnsortedNegativeAndNonFinite() {
        assertThrows(IllegalArgumentException.class, () -> SparseVector.ofSorted(new int[]{3, 3}, new float[]{1, 1}));
        assertThrows(IllegalArgumentException.class, () -> SparseVector.ofSorted(new int[]{4, 2}, new float[]{1, 1}));
        assertThrows(IllegalArgumentException.class, () -> SparseVector.ofSorted(new int[]{-1}, new float[]{1}));
        assertThrows(IllegalArgumentException.class, () -> SparseVector.ofSorted(new int[]{1}, new float[]{Float.NaN}));
        assertThrows(IllegalArgumentException.class, () -> SparseVector.ofSorted(new int[]{1}, new float[0]));
    }
}
