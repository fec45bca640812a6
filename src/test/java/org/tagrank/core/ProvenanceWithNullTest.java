package org.tagrank.core;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Provenance.with refuses a null key or value as the constructor does, naming it: they were NullPointerExceptions
 * without a message (Map.of's, TreeMap's).
 */
class ProvenanceWithNullTest {
    private static final Provenance P = new Provenance(Map.of("a", "1"));

    @Test
    void aNullValueIsNamedAsTheConstructorNamesIt() {
        assertEquals("provenance value for 'b' must be one line",
                assertThrows(IllegalArgumentException.class, () -> P.with("b", null)).getMessage());
        Map<String, String> m = new HashMap<>();
        m.put("b", null);
        assertEquals("provenance value for 'b' must be one line",
                assertThrows(IllegalArgumentException.class, () -> P.with(m)).getMessage());
    }

    @Test
    void aNullKeyIsNamedAsTheConstructorNamesIt() {
        assertEquals("bad provenance key: 'null'",
                assertThrows(IllegalArgumentException.class, () -> P.with(null, "x")).getMessage());
        Map<String, String> m = new HashMap<>();
        m.put(null, "x");
        assertEquals("bad provenance key: 'null'",
                assertThrows(IllegalArgumentException.class, () -> P.with(m)).getMessage());
    }

    @Test
    void nullArgumentsAreNamed() {
        assertEquals("entries", assertThrows(NullPointerException.class, () -> new Provenance(null)).getMessage());
        assertEquals("more", assertThrows(NullPointerException.class, () -> P.with((Map<String, String>) null)).getMessage());
        assertEquals("key", assertThrows(NullPointerException.class, () -> P.get(null)).getMessage());
    }

    @Test
    void withStillAddsAndReplaces() {
        assertEquals(Map.of("a", "2", "b", "3"), P.with("a", "2").with(Map.of("b", "3")).entries());
    }
}
