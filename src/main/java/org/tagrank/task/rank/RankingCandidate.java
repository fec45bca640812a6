package org.tagrank.task.rank;

import org.tagrank.feature.FeatureSink;

import java.util.Arrays;
import java.util.Objects;

/**
 * One candidate of a ranking example: its id, whether it is the gold one (null: unknown) and its
 * named feature values f(x,y).
 */
public record RankingCandidate(String id, Boolean gold, String[] names, double[] values) {

    public RankingCandidate {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(names, "names");
        Objects.requireNonNull(values, "values");
        if (names.length != values.length) {
            throw new IllegalArgumentException("names and values differ in length");
        }
        for (double v : values) {
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException("candidate " + id + " has a non-finite feature value " + v);
            }
        }
        for (int i = 0; i < names.length; i++) {
            if (names[i] == null) {
                throw new NullPointerException("candidate " + id + ": null feature name at position " + i);
            }
        }
        names = names.clone();
        values = values.clone();
    }

    /** Sends the features to a sink. */
    public void emit(FeatureSink sink) {
        for (int i = 0; i < names.length; i++) {
            sink.add(names[i], values[i]);
        }
    }

    public int size() {
        return names.length;
    }

    @Override
    public String[] names() {
        return names.clone();
    }

    @Override
    public double[] values() {
        return values.clone();
    }

    /** Equal when the ids, the gold marks, the names and the values are (the arrays by content). */
    @Override
    public boolean equals(Object o) {
        return o instanceof RankingCandidate c && c.id.equals(id) && Objects.equals(c.gold, gold)
                && Arrays.equals(c.names, names) && Arrays.equals(c.values, values);
    }

    @Override
    public int hashCode() {
        return ((id.hashCode() * 31 + Objects.hashCode(gold)) * 31 + Arrays.hashCode(names)) * 31
                + Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return "RankingCandidate[id=" + id + ", gold=" + gold + ", names=" + Arrays.toString(names) + ", values="
                + Arrays.toString(values) + "]";
    }
}
