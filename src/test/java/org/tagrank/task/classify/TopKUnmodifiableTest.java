package org.tagrank.task.classify;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The classifier's top-k list is a value: a caller cannot change it. */
class TopKUnmodifiableTest {

    @Test
    void topKIsUnmodifiable() {
        TextClassifier c = TextClassifierTest.train(1);
        List<Prediction> top = c.topK("the rocket launch to the planet", 2);
        assertEquals(2, top.size());
        assertThrows(UnsupportedOperationException.class, () -> top.add(top.get(0)));
        assertThrows(UnsupportedOperationException.class, () -> top.remove(1));
    }
}
