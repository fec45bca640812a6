package org.tagrank.task.classify;

import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** NgramConfig names a null template list or template, as the other records do (it was List.copyOf's bare NPE). */
class NgramConfigNullsTest {
    @Test
    void nullTemplatesAreNamed() {
        assertEquals("templates", assertThrows(NullPointerException.class,
                () -> new NgramConfig(null, Weighting.LOG_TFIDF, true, 1)).getMessage());
        assertEquals("templates: null template at position 1", assertThrows(NullPointerException.class,
                () -> new NgramConfig(Arrays.asList(Template.UNIGRAM, null), Weighting.LOG_TFIDF, true, 1)).getMessage());
    }
}
