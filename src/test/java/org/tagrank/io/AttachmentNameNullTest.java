package org.tagrank.io;

import org.junit.jupiter.api.Test;
import org.tagrank.core.FeatureIndex;
import org.tagrank.core.LinearModel;
import org.tagrank.core.Provenance;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** attachment(null) names its argument: the sorted map's lookup was a NullPointerException without a message. */
class AttachmentNameNullTest {
    @Test
    void aNullNameIsNamed() throws Exception {
        ModelBundle b = new ModelBundle("rank", LinearModel.forCandidates(FeatureIndex.of(List.of("f")), new float[1],
                Provenance.empty()), Map.of("notes.txt", "x"));
        assertEquals("x", b.attachment("notes.txt"));
        NullPointerException e = assertThrows(NullPointerException.class, () -> b.attachment(null));
        assertEquals("name", e.getMessage());
        assertEquals("the rank model lacks its 'other' entry",
                assertThrows(ModelFormatException.class, () -> b.attachment("other")).getMessage());
    }
}
