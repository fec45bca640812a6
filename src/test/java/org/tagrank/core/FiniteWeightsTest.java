package org.tagrank.core;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Weights are finite wherever a model is made from them: checked once, where they are made. */
class FiniteWeightsTest {
    @Test
    void ofChecksEveryValue() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> FiniteWeights.of(new float[]{1f, 0f, Float.NaN}));
        assertEquals("weight 2 is not finite: NaN", e.getMessage());
        float[] w = {1f, -2f};
        assertSame(w, FiniteWeights.of(w).array());
    }

    @Test
    void theBuilderChecksEachValueAsItIsSetAndBuildsOnce() {
        FiniteWeights.Builder b = FiniteWeights.zeros(4);
        b.set(1, 0.5f);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> b.set(3, Float.NEGATIVE_INFINITY));
        assertEquals("weight 3 is not finite: -Infinity", e.getMessage());
        FiniteWeights w = b.build();
        assertArrayEquals(new float[]{0f, 0.5f, 0f, 0f}, w.array());
        assertThrows(IllegalStateException.class, b::build);
        assertThrows(IllegalArgumentException.class, () -> FiniteWeights.zeros(-1));
    }

    @Test
    void aModelOverCheckedWeightsIsTheModelOverTheArray() {
        LabelSet labels = LabelSet.of("a", "b");
        FeatureIndex f = FeatureIndex.of(List.of("x", "y"));
        float[] w = {1f, -1f, 0.5f, 0f};
        LinearModel checked = LinearModel.forLabelsTakingWeights(labels, f, LinearModel.Decoding.ARGMAX,
                FiniteWeights.of(w.clone()), Provenance.empty());
        LinearModel plain = LinearModel.forLabels(labels, f, LinearModel.Decoding.ARGMAX, w, Provenance.empty());
        assertArrayEquals(plain.weights(), checked.weights());
        // the unchecked route still refuses what is not finite
        assertThrows(IllegalArgumentException.class, () -> LinearModel.forLabels(labels, f, LinearModel.Decoding.ARGMAX,
                new float[]{1f, Float.NaN, 0f, 0f}, Provenance.empty()));
    }
}
