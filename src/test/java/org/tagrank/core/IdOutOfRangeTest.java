package org.tagrank.core;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * An id outside a label set or feature index is an IllegalArgumentException naming the id and the range, as
 * LinearModel's own id checks are; it was the backing list's or array's IndexOutOfBounds ("Index: -1 Size: 2").
 */
class IdOutOfRangeTest {
    @Test
    void outOfRangeIdsAreNamed() {
        LabelSet labels = LabelSet.of("a", "b");
        assertEquals("no label id -1 (the label set has ids 0..1)",
                assertThrows(IllegalArgumentException.class, () -> labels.label(-1)).getMessage());
        assertEquals("no label id 2 (the label set has ids 0..1)",
                assertThrows(IllegalArgumentException.class, () -> labels.label(2)).getMessage());
        assertEquals("b", labels.label(1));
        FeatureIndex features = FeatureIndex.of(List.of("f", "g", "h"));
        assertEquals("no feature id 3 (the index has ids 0..2)",
                assertThrows(IllegalArgumentException.class, () -> features.name(3)).getMessage());
        assertEquals("no feature id 0 (the index is empty)",
                assertThrows(IllegalArgumentException.class, () -> FeatureIndex.of(List.of()).name(0)).getMessage());
        assertEquals("h", features.name(2));
    }
}
