package org.tagrank.core;

import it.unimi.dsi.fastutil.objects.Object2IntOpenHashMap;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Immutable, dense bijection between labels and the ids {@code 0..size-1}. */
public final class LabelSet {
    private final List<String> labels;
    private final Object2IntOpenHashMap<String> ids;

    private LabelSet(List<String> labels) {
        Checks.noNulls(labels, "labels", "label");
        this.labels = List.copyOf(labels);
        this.ids = new Object2IntOpenHashMap<>(labels.size());
        this.ids.defaultReturnValue(-1);
        for (int i = 0; i < this.labels.size(); i++) {
            String label = this.labels.get(i);
            if (label.isEmpty()) {
                throw new IllegalArgumentException("empty label at position " + i);
            }
            if (ids.put(label, i) != -1) {
                throw new IllegalArgumentException("duplicate label '" + label + "'");
            }
        }
    }

    /** Labels in the given order; each must be non-empty and distinct. */
    public static LabelSet of(Collection<String> labels) {
        return new LabelSet(new ArrayList<>(labels));
    }

    public static LabelSet of(String... labels) {
        return new LabelSet(List.of(labels));
    }

    /** The id of {@code label}, or -1 when it is not in the set. */
    public int indexOf(String label) {
        return ids.getInt(label);
    }

    /** The label with this id; an id outside {@code 0..size-1} is an IllegalArgumentException naming it. */
    public String label(int id) {
        if (id < 0 || id >= labels.size()) {
            throw new IllegalArgumentException("no label id " + id + " (the label set "
                    + (labels.isEmpty() ? "is empty)" : "has ids 0.." + (labels.size() - 1) + ")"));
        }
        return labels.get(id);
    }

    public int size() {
        return labels.size();
    }

    public List<String> labels() {
        return labels;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LabelSet other && other.labels.equals(labels);
    }

    @Override
    public int hashCode() {
        return labels.hashCode();
    }

    @Override
    public String toString() {
        return "LabelSet" + labels;
    }
}
