package org.tagrank.task.rank;

import java.util.List;
import java.util.Objects;

/**
 * One example of the generic ranking format: an id and its candidates.
 *
 * @param line the 1-based line of the example's first candidate in its source (for messages)
 */
public record RankingExample(String id, List<RankingCandidate> candidates, long line) {

    public RankingExample {
        Objects.requireNonNull(id, "id");
        candidates = List.copyOf(candidates);
        if (candidates.isEmpty()) {
            throw new IllegalArgumentException("example " + id + " has no candidates");
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
