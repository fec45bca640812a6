package org.tagrank.core;

import it.unimi.dsi.fastutil.objects.Object2IntOpenHashMap;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Immutable map from feature names to dense ids. Built by {@link Builder}, which counts
 * occurrences and keeps the features seen at least {@code cutoff} times; unknown features
 * map to -1 and are dropped at inference.
 */
public final class FeatureIndex {
    private final String[] names;
    /**
     * Name → id, built on the first lookup: a loaded model whose task reads its features back by
     * id (the POS tagger) never pays for hashing every name, which was a tenth of its load time.
     * Safe publication through the volatile field; building twice in a race gives equal maps.
     */
    private volatile Object2IntOpenHashMap<String> ids;

    private FeatureIndex(String[] names, boolean eager) {
        this.names = names;
        if (eager) {
            this.ids = buildIds(names);
        }
    }

    private static Object2IntOpenHashMap<String> buildIds(String[] names) {
        Object2IntOpenHashMap<String> ids = new Object2IntOpenHashMap<>(names.length);
        ids.defaultReturnValue(-1);
        for (int i = 0; i < names.length; i++) {
            if (names[i] == null) {
                throw new NullPointerException("null feature name at position " + i);
            }
            if (ids.put(names[i], i) != -1) {
                throw new IllegalArgumentException("duplicate feature '" + names[i] + "'");
            }
        }
        return ids;
    }

    /** An index over exactly these names, in order; rejects a repeated name. */
    public static FeatureIndex of(List<String> names) {
        return new FeatureIndex(names.toArray(new String[0]), true);
    }

    /**
     * An index over these names whose name → id map is built on the first {@link #indexOf} (for
     * loading models); a repeated name is rejected then, with the same exception as {@link #of}.
     */
    public static FeatureIndex lazy(List<String> names) {
        return new FeatureIndex(names.toArray(new String[0]), false);
    }

    public int indexOf(String feature) {
        Object2IntOpenHashMap<String> m = ids;
        if (m == null) {
            m = buildIds(names);
            ids = m;
        }
        return m.getInt(feature);
    }

    /** The feature with this id; an id outside {@code 0..size-1} is an IllegalArgumentException naming it. */
    public String name(int id) {
        if (id < 0 || id >= names.length) {
            throw new IllegalArgumentException("no feature id " + id + " (the index "
                    + (names.length == 0 ? "is empty)" : "has ids 0.." + (names.length - 1) + ")"));
        }
        return names[id];
    }

    public int size() {
        return names.length;
    }

    public List<String> names() {
        return List.of(names);
    }

    /** Mutable builder that counts features; not thread-safe. */
    public static final class Builder {
        private final Object2IntOpenHashMap<String> ids = new Object2IntOpenHashMap<>();
        private final List<String> names = new ArrayList<>();
        private int[] counts = new int[1024];

        public Builder() {
            ids.defaultReturnValue(-1);
        }

        /** Counts one occurrence and returns the provisional id; a null name is refused here, not at {@link #freeze}. */
        public int add(String feature) {
            int id = ids.getInt(feature);
            if (id < 0) {
                if (feature == null) { // was counted, then dropped silently when cut off (else an error at freeze)
                    throw new NullPointerException("null feature name");
                }
                id = names.size();
                ids.put(feature, id);
                names.add(feature);
                if (id == counts.length) {
                    counts = Arrays.copyOf(counts, counts.length * 2);
                }
            }
            counts[id]++;
            return id;
        }

        /** The provisional id, or -1. */
        public int indexOf(String feature) {
            return ids.getInt(feature);
        }

        public int size() {
            return names.size();
        }

        /** How often the feature with this provisional id was added; an id the builder never gave is an error. */
        public int count(int provisionalId) {
            if (provisionalId < 0 || provisionalId >= names.size()) { // was 0 for ids up to the array's capacity
                throw new IllegalArgumentException("no provisional id " + provisionalId + " (the builder has "
                        + names.size() + " features)");
            }
            return counts[provisionalId];
        }

        /**
         * Freezes the features seen at least {@code cutoff} times, keeping first-seen order.
         * The returned mapping sends provisional ids to final ids (-1 when cut off).
         */
        public Frozen freeze(int cutoff) {
            if (cutoff < 1) {
                throw new IllegalArgumentException("cutoff must be >= 1, got " + cutoff);
            }
            int[] remap = new int[names.size()];
            List<String> kept = new ArrayList<>();
            for (int i = 0; i < names.size(); i++) {
                if (counts[i] >= cutoff) {
                    remap[i] = kept.size();
                    kept.add(names.get(i));
                } else {
                    remap[i] = -1;
                }
            }
            return new Frozen(FeatureIndex.of(kept), remap);
        }
    }

    /**
     * A frozen index plus the map from the builder's provisional ids to its ids (-1: cut off). Equal when the
     * indexes have the same names in the same order and the maps the same entries.
     */
    public record Frozen(FeatureIndex index, int[] remap) {
        /** The most entries of {@link #remap} that {@link #toString} shows. */
        private static final int SHOWN = 20;

        /** Keeps its own copy of the map: a caller's later writes must not move the ids. */
        public Frozen {
            java.util.Objects.requireNonNull(index, "index");
            remap = java.util.Objects.requireNonNull(remap, "remap").clone();
        }

        /** A copy of the map (the record's own array stays inside); {@link #newId} reads one entry without copying. */
        @Override
        public int[] remap() {
            return remap.clone();
        }

        /** The frozen index's id of provisional id {@code id}, or -1 when the feature was cut off. */
        public int newId(int id) {
            return remap[id];
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Frozen f && java.util.Arrays.equals(f.remap, remap)
                    && (f.index == index || f.index.names().equals(index.names()));
        }

        @Override
        public int hashCode() {
            return java.util.Arrays.hashCode(remap) * 31 + index.size();
        }

        @Override
        public String toString() {
            StringBuilder sb = new StringBuilder("Frozen[index=").append(index.size()).append(" features, remap=[");
            for (int i = 0; i < Math.min(remap.length, SHOWN); i++) {
                sb.append(i > 0 ? ", " : "").append(remap[i]);
            }
            if (remap.length > SHOWN) {
                sb.append(", ... (").append(remap.length).append(" ids)");
            }
            return sb.append("]]").toString();
        }
    }
}
