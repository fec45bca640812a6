package org.tagrank.task.rank;

import org.tagrank.core.Contribution;

import java.util.List;

/**
 * A candidate as ranked by a model.
 *
 * @param rank        1-based
 * @param index       the candidate's position in its example
 * @param id          the candidate's id
 * @param probability softmax over all candidates of the example
 * @param explanation top contributing features (empty unless asked for)
 */
public record RankedCandidate(int rank, int index, String id, double score, double probability,
                              List<Contribution> explanation) {
    public RankedCandidate {
        java.util.Objects.requireNonNull(id, "id");
        explanation = List.copyOf(org.tagrank.core.Checks.noNulls(explanation, "explanation", "contribution"));
    }
}
