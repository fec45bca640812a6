package org.tagrank.task.rank;

import java.util.List;
import java.util.Objects;

/**
 * One example of the generic ranking format: an id and its candidates, at most one of them marked gold.
 *
 * @param line the 1-based line of the example's first candidate in its source (for messages)
 */
public record RankingExample(String id, List<RankingCandidate> candidates, long line) {

    public RankingExample {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(candidates, "candidates");
        for (int i = 0; i < candidates.size(); i++) {
            if (candidates.get(i) == null) {
                throw new NullPointerException("example " + id + ": null candidate at position " + i);
            }
        }
        candidates = List.copyOf(candidates);
        if (candidates.isEmpty()) {
            throw new IllegalArgumentException("example " + id + " has no candidates");
        }
        int first = -1;
        for (int i = 0; i < candidates.size(); i++) { // as the reader refuses it: else gold() took the first silently
            if (Boolean.TRUE.equals(candidates.get(i).gold())) {
                if (first >= 0) {
                    throw new IllegalArgumentException("example " + id + " has more than one gold candidate ("
                            + candidates.get(first).id() + " and " + candidates.get(i).id() + ")");
                }
                first = i;
            }
        }
    }

    /** Index of the gold candidate, or -1 when the gold is unknown. */
    public int gold() {
        for (int i = 0; i < candidates.size(); i++) {
            if (Boolean.TRUE.equals(candidates.get(i).gold())) {
                return i;
            }
        }
        return -1;
    }
}
