package org.tagrank.core;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A builder used after build() or set out of its length says which, not a NullPointer- or index exception. */
class FiniteWeightsBuilderMisuseTest {
    @Test
    void settingAfterBuildIsAStateError() {
        FiniteWeights.Builder b = FiniteWeights.zeros(2);
        b.build();
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> b.set(0, 1f));
        assertEquals("already built", e.getMessage());
    }

    @Test
    void anIndexOutsideTheLengthIsAnArgumentErrorNamingIt() {
        FiniteWeights.Builder b = FiniteWeights.zeros(2);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> b.set(5, 1f));
        assertEquals("no weight 5 (the builder has 2)", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> b.set(-1, 1f));
        b.set(1, 1f);
        assertEquals(2, b.build().length());
    }
}
