package org.tagrank.core;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * How a model was made: an immutable, sorted string map (task, trainer config, seed, data
 * checksum, scores, versions, ...). Keys are dotted names; values are single-line strings.
 */
public record Provenance(Map<String, String> entries) {

    public Provenance {
        java.util.Objects.requireNonNull(entries, "entries");
        for (String k : entries.keySet()) { // not containsKey(null): Map.of's throws
            if (k == null) {
                throw new IllegalArgumentException("bad provenance key: 'null'");
            }
        }
        // checked in key order: of several bad entries the same one is named on every run (Map.of's order is not)
        TreeMap<String, String> copy = new TreeMap<>(entries);
        for (Map.Entry<String, String> e : copy.entrySet()) {
            String k = e.getKey();
            String v = e.getValue();
            if (k.isBlank() || k.contains("=") || k.contains("\n")) {
                throw new IllegalArgumentException("bad provenance key: '" + k + "'");
            }
            if (v == null || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
                throw new IllegalArgumentException("provenance value for '" + k + "' must be one line");
            }
        }
        entries = Collections.unmodifiableMap(copy);
    }

    public static Provenance empty() {
        return new Provenance(Map.of());
    }

    public String get(String key) {
        return entries.get(java.util.Objects.requireNonNull(key, "key")); // the sorted map's own was a bare NPE
    }

    /** A copy with these entries added or replaced; a null key or value is refused as the constructor refuses it. */
    public Provenance with(Map<String, String> more) {
        java.util.Objects.requireNonNull(more, "more");
        Map<String, String> m = new java.util.HashMap<>(entries); // not a TreeMap: it threw a bare NPE on a null key
        m.putAll(more);
        return new Provenance(m);
    }

    public Provenance with(String key, String value) {
        return with(Collections.singletonMap(key, value)); // Map.of threw a bare NPE on a null
    }
}
