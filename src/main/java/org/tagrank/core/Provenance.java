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
        TreeMap<String, String> copy = new TreeMap<>();
        for (Map.Entry<String, String> e : entries.entrySet()) {
            String k = e.getKey();
            String v = e.getValue();
            if (k == null || k.isBlank() || k.contains("=") || k.contains("\n")) {
                throw new IllegalArgumentException("bad provenance key: '" + k + "'");
            }
            if (v == null || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
                throw new IllegalArgumentException("provenance value for '" + k + "' must be one line");
            }
            copy.put(k, v);
        }
        entries = Collections.unmodifiableMap(copy);
    }

    public static Provenance empty() {
        return new Provenance(Map.of());
    }

    public String get(String key) {
        return entries.get(key);
    }

    /** A copy with these entries added or replaced. */
    public Provenance with(Map<String, String> more) {
        TreeMap<String, String> m = new TreeMap<>(entries);
        m.putAll(more);
        return new Provenance(m);
    }

    public Provenance with(String key, String value) {
        return with(Map.of(key, value));
    }
}
