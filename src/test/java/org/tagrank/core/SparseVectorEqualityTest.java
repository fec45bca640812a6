package org.tagrank.core;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** Equality is over the entries a vector holds, not over how it stores them (binary vectors store no values). */
class SparseVectorEqualityTest {

    @Test
    void aBinaryVectorEqualsTheSameVectorWithValuesOfOne() {
        SparseVector binary = SparseVector.binary(new int[]{2, 1});
        SparseVector valued = SparseVector.of(new int[]{1, 2}, new double[]{1, 1});
        assertEquals(binary.toString(), valued.toString());
        assertEquals(binary, valued);
        assertEquals(valued, binary);
        assertEquals(binary.hashCode(), valued.hashCode());
        assertEquals(SparseVector.empty(), SparseVector.of(new int[0], new double[0]));
        assertEquals(SparseVector.empty().hashCode(), SparseVector.of(new int[0], new double[0]).hashCode());
    }

    @Test
    void differentValuesOrIdsStayUnequal() {
        SparseVector binary = SparseVector.binary(new int[]{1, 2});
        assertNotEquals(binary, SparseVector.of(new int[]{1, 2}, new double[]{1, 2}));
        assertNotEquals(binary, SparseVector.binary(new int[]{1, 3}));
        assertNotEquals(binary, SparseVector.binary(new int[]{1}));
    }
}
