package org.tagrank.core;

import org.junit.jupiter.api.Test;
import org.tagrank.feature.DatasetBuilder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * A null feature name is refused where it is given: it was counted, then dropped without a word when the cutoff
 * removed it, or an error at freeze time, far from the extractor that sent it.
 */
class FeatureBuilderNullNameTest {
    @Test
    void theBuilderRefusesANullNameAtOnce() {
        FeatureIndex.Builder b = new FeatureIndex.Builder();
        NullPointerException e = assertThrows(NullPointerException.class, () -> b.add(null));
        assertEquals("null feature name", e.getMessage());
        assertEquals(0, b.size());
    }

    @Test
    void aDatasetWithANullFeatureCutOffIsNotBuiltSilently() {
        DatasetBuilder d = new DatasetBuilder();
        assertThrows(NullPointerException.class, () -> d.addLabelExample(sink -> {
            sink.add("a");
            sink.add(null, 1.0);
        }, 0));
    }

    @Test
    void countOfAnIdTheBuilderNeverGaveIsAnArgumentError() {
        FeatureIndex.Builder b = new FeatureIndex.Builder();
        b.add("a");
        b.add("a");
        assertEquals(2, b.count(0));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> b.count(1));
        assertEquals("no provisional id 1 (the builder has 1 features)", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> b.count(-1));
    }
}
