package org.tagrank.task.rank;

import org.junit.jupiter.api.Test;
import org.tagrank.core.CandidateInstance;
import org.tagrank.core.FeatureIndex;
import org.tagrank.core.LinearModel;
import org.tagrank.core.Provenance;
import org.tagrank.core.SparseVector;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * CandidateRanker.rank's arguments are checked by name: a negative explain count meant "no explanation" without a
 * word, and a null candidate id came back as a ranked candidate with a null id.
 */
class RankArgumentsTest {
    private static final CandidateRanker RANKER = new CandidateRanker(
            LinearModel.forCandidates(FeatureIndex.of(List.of("f", "g")), new float[]{1, 2}, Provenance.empty()));
    private static final CandidateInstance X = new CandidateInstance(
            List.of(SparseVector.binary(new int[]{0}), SparseVector.binary(new int[]{1})), -1);

    @Test
    void badArgumentsAreNamed() {
        IllegalArgumentException explain = assertThrows(IllegalArgumentException.class,
                () -> RANKER.rank(X, List.of("a", "b"), 1, -1));
        assertEquals("explain must be >= 0, got -1", explain.getMessage());
        assertEquals("ids: null id at position 1", assertThrows(NullPointerException.class,
                () -> RANKER.rank(X, Arrays.asList("a", null), 2, 0)).getMessage());
        assertEquals("ids", assertThrows(NullPointerException.class, () -> RANKER.rank(X, null, 2, 0)).getMessage());
        assertEquals("instance", assertThrows(NullPointerException.class,
                () -> RANKER.rank(null, List.of("a", "b"), 2, 0)).getMessage());
        assertEquals("b", RANKER.rank(X, List.of("a", "b"), 1, 0).get(0).id());
    }
}
