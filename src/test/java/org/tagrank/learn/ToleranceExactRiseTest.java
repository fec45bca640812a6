package org.tagrank.learn;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code --tolerance T}: only a dev accuracy rise of more than T counts. A rise of exactly T (one more dev example right
 * out of 1/T) must not count whatever the accuracies: in floating point k/n + T rounded below (k+1)/n for some k.
 */
class ToleranceExactRiseTest {

    @Test
    void aRiseOfExactlyTheToleranceIsNoImprovementAtAnyAccuracy() {
        for (int n : new int[]{100, 320, 1000}) {
            double tolerance = 1.0 / n; // 0.01, 0.003125, 0.001: one more right answer
            for (int k = 0; k < n; k++) {
                EarlyStopping<String> s = new EarlyStopping<>(1, tolerance, true);
                assertFalse(s.record(1, k / (double) n, "first"));
                assertFalse(s.improves((k + 1) / (double) n), n + ": " + k + " -> " + (k + 1));
                assertTrue(s.record(2, (k + 1) / (double) n, "second"), n + ": " + k + " -> " + (k + 1));
                assertEquals("first", s.bestWeights());
            }
            for (int k = 0; k + 2 <= n; k++) { // two more right answers: more than T
                EarlyStopping<String> s = new EarlyStopping<>(1, tolerance, true);
                s.record(1, k / (double) n, "first");
                assertFalse(s.record(2, (k + 2) / (double) n, "second"), n + ": " + k + " -> " + (k + 2));
                assertEquals("second", s.bestWeights());
            }
        }
    }
}
