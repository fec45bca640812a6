package org.tagrank.core;

import org.junit.jupiter.api.Test;
import org.tagrank.feature.DatasetBuilder;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * A negative feature id given to the engine's API (a hashed feature taken {@code hash % n}, negative for half the
 * hashes) was dropped without a word, and with it half of the features; it is now an error naming its position. The
 * features a count cutoff removes are still left out, by the data set builder that cuts them.
 */
class SparseVectorNegativeIdTest {
    @Test
    void aNegativeIdIsAnErrorNamingItsPosition() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SparseVector.of(new int[]{3, -7}, new double[]{1, 2}));
        assertEquals("feature id at position 1 is negative: -7", e.getMessage());
        IllegalArgumentException b = assertThrows(IllegalArgumentException.class,
                () -> SparseVector.binary(new int[]{-1, 4}));
        assertEquals("feature id at position 0 is negative: -1", b.getMessage());
    }

    @Test
    void featuresUnderTheCutoffAreStillLeftOut() {
        DatasetBuilder builder = new DatasetBuilder();
        builder.addLabelExample(sink -> {
            sink.add("common", 1.0);
            sink.add("rare", 2.0);
        }, 0);
        builder.addLabelExample(sink -> sink.add("common", 3.0), 1);
        Dataset data = builder.build(LabelSet.of("a", "b"), 2);
        assertEquals(List.of("common"), data.features().names());
        LabelInstance first = (LabelInstance) data.instances().get(0);
        assertEquals(1, first.x().size());
        assertEquals(1.0, first.x().value(0));
    }
}
