package org.tagrank.task.rank;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * A RankingExample built in Java is checked as the reader checks a file: two gold candidates made gold() the first
 * one without a word (training then learnt that one), and a null candidate list or candidate was a bare
 * NullPointerException.
 */
class RankingExampleChecksTest {
    private static RankingCandidate candidate(String id, Boolean gold) {
        return new RankingCandidate(id, gold, new String[]{"f"}, new double[]{1});
    }

    @Test
    void aSecondGoldCandidateIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new RankingExample("q1",
                List.of(candidate("a", true), candidate("b", false), candidate("c", true)), 1));
        assertEquals("example q1 has more than one gold candidate (a and c)", e.getMessage());
        assertEquals(1, new RankingExample("q1", List.of(candidate("a", false), candidate("b", true)), 1).gold());
        assertEquals(-1, new RankingExample("q1", List.of(candidate("a", null), candidate("b", null)), 1).gold());
    }

    @Test
    void nullCandidatesAreNamed() {
        NullPointerException list = assertThrows(NullPointerException.class, () -> new RankingExample("q1", null, 1));
        assertEquals("candidates", list.getMessage());
        NullPointerException one = assertThrows(NullPointerException.class,
                () -> new RankingExample("q1", Arrays.asList(candidate("a", true), null), 1));
        assertEquals("example q1: null candidate at position 1", one.getMessage());
    }
}
