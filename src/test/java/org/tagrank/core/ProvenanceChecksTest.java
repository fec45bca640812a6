package org.tagrank.core;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Bad provenance entries are refused naming the first in key order: Map.of's iteration order changes per JVM run. */
class ProvenanceChecksTest {

    @Test
    void ofSeveralBadEntriesTheFirstKeyIsNamed() {
        Map<String, String> bad = new LinkedHashMap<>();
        for (int i = 30; i >= 10; i--) { // inserted last to first: iteration order would name k30
            bad.put("k" + i, "two\nlines");
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Provenance(bad));
        assertEquals("provenance value for 'k10' must be one line", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new Provenance(Map.of("b=", "x", "a\n", "y")));
        assertEquals("bad provenance key: 'a\n'", e.getMessage());
    }

    @Test
    void nullKeysAndValuesAreNamed() {
        Map<String, String> m = new HashMap<>();
        m.put(null, "x");
        assertEquals("bad provenance key: 'null'",
                assertThrows(IllegalArgumentException.class, () -> new Provenance(m)).getMessage());
        Map<String, String> v = new HashMap<>();
        v.put("k", null);
        assertEquals("provenance value for 'k' must be one line",
                assertThrows(IllegalArgumentException.class, () -> new Provenance(v)).getMessage());
        assertEquals("1", new Provenance(Map.of("a", "1")).get("a"));
    }
}
