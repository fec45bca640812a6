package org.tagrank.core;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * LinearModel.scores(x, out) says what out must hold; a shorter array was an ArrayIndexOutOfBoundsException from
 * Arrays.fill deep inside (or, for a candidate instance, after writing part of it), a null one a bare NPE.
 */
class ScoresIntoArrayTest {
    @Test
    void aTooShortOrNullOutputArrayIsNamed() {
        LinearModel m = LinearModel.forLabels(LabelSet.of("a", "b", "c"), FeatureIndex.of(List.of("f")),
                LinearModel.Decoding.ARGMAX, new float[]{1, 2, 3}, Provenance.empty());
        LabelInstance x = new LabelInstance(SparseVector.binary(new int[]{0}), -1);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> m.scores(x, new double[2]));
        assertEquals("out has 2 entries, the model needs 3 for this instance", e.getMessage());
        assertEquals("out", assertThrows(NullPointerException.class, () -> m.scores(x, null)).getMessage());
        double[] out = new double[4];
        m.scores(x, out);
        assertArrayEquals(new double[]{1, 2, 3, 0}, out);

        LinearModel c = LinearModel.forCandidates(FeatureIndex.of(List.of("f")), new float[]{2}, Provenance.empty());
        CandidateInstance cx = new CandidateInstance(List.of(SparseVector.binary(new int[]{0}), SparseVector.empty()), -1);
        double[] one = {7};
        assertEquals("out has 1 entries, the model needs 2 for this instance",
                assertThrows(IllegalArgumentException.class, () -> c.scores(cx, one)).getMessage());
        assertEquals(7, one[0], "nothing written before the refusal");
    }
}
