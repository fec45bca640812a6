package org.tagrank.learn;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * With {@code --tolerance T} the dev accuracy may rise in the epochs that early stopping counts as "without
 * improvement": the stop line says which improvement it waited for, else it contradicts the epoch lines above it.
 */
class ToleranceStopMessageTest {

    @Test
    void theStopLineNamesTheTolerance() {
        EarlyStopping<String> s = new EarlyStopping<>(2, 0.01, true);
        assertFalse(s.record(1, 0.800, "w1"));
        assertFalse(s.record(2, 0.805, "w2"));
        assertTrue(s.record(3, 0.809, "w3"));
        assertEquals("stopped early after 2 epochs without a dev improvement of more than 0.01; keeping epoch 1 "
                + "(dev-acc 80.00%)", s.stopReason(3, 10));

        EarlyStopping<String> small = new EarlyStopping<>(1, 1e-4, true);
        small.record(1, 0.5, "w1");
        assertTrue(small.record(2, 0.5, "w2"));
        assertEquals("stopped early after 1 epoch without a dev improvement of more than 0.0001; keeping epoch 1 "
                + "(dev-acc 50.00%)", small.stopReason(2, 10));
    }

    @Test
    void withoutAToleranceTheLineIsAsBefore() {
        EarlyStopping<String> s = new EarlyStopping<>(1, 0, true);
        s.record(1, 0.8, "w1");
        assertTrue(s.record(2, 0.8, "w2"));
        assertEquals("stopped early after 1 epoch without dev improvement; keeping epoch 1 (dev-acc 80.00%)",
                s.stopReason(2, 10));
    }
}
