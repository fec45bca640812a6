package org.tagrank.core;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** cost(output) of an output the instance does not have is an error naming it, with or without given costs. */
class CandidateCostRangeTest {
    private static final List<SparseVector> TWO = List.of(SparseVector.binary(new int[]{0}), SparseVector.binary(new int[]{1}));

    @Test
    void withoutCostsAnOutputBeyondTheCandidatesIsNotCharged1() {
        CandidateInstance x = new CandidateInstance(TWO, 0);
        assertEquals(0.0, x.cost(0));
        assertEquals(1.0, x.cost(1));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> x.cost(2));
        assertEquals("no candidate 2 (the instance has 2)", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> x.cost(-1));
    }

    @Test
    void withCostsAnOutputBeyondTheCandidatesIsNamed() {
        CandidateInstance x = new CandidateInstance(TWO, 0, new double[]{0, 0.5});
        assertEquals(0.5, x.cost(1));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> x.cost(5));
        assertEquals("no candidate 5 (the instance has 2)", e.getMessage());
    }
}
