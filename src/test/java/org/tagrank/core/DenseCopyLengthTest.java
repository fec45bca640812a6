package org.tagrank.core;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** toDense(dim) with a dim that cannot hold the vector's ids says so, instead of an index error half-way through. */
class DenseCopyLengthTest {
    @Test
    void aLengthBelowTheDimensionIsAnArgumentError() {
        SparseVector v = SparseVector.of(new int[]{1, 5}, new double[]{2, 3});
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> v.toDense(2));
        assertEquals("dim 2 cannot hold feature id 5 (the vector's dimension is 6)", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> SparseVector.empty().toDense(-1));
    }

    @Test
    void aLengthAtOrAboveTheDimensionIsCopied() {
        assertArrayEquals(new double[]{0, 2, 0, 0, 0, 3, 0}, SparseVector.of(new int[]{1, 5}, new double[]{2, 3}).toDense(7));
        assertArrayEquals(new double[0], SparseVector.empty().toDense(0));
    }
}
