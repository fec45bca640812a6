package org.tagrank.task.rank.link;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LinkEvalTest {
    private static final LinkCandidate BIG = new LinkCandidate("Big", 10, 5, 1);
    private static final LinkCandidate SMALL = new LinkCandidate("Small", 2, 50, 1);

    @Test
    void countsLinkedMentionsOnlyAndTheHardSubset() {
        LinkDocument d = new LinkDocument("d", List.of(), List.of(
                new LinkMention("d", 0, -1, -1, "a", "Big", List.of(BIG, SMALL), 0, 1),
                new LinkMention("d", 1, -1, -1, "b", "Small", List.of(BIG, SMALL), 1, 2),
                new LinkMention("d", 2, -1, -1, "c", null, List.of(BIG, SMALL), -1, 3),
                new LinkMention("d", 3, -1, -1, "e", "Gone", List.of(), -1, 4)));
        LinkEval e = new LinkEval();
        e.add(d, new int[]{0, 0, 1, -1});
        assertEquals(3, e.total());
        assertEquals(1 / 3.0, e.accuracy(), 1e-12);
        // hard = gold not the most popular: mentions b and e, both wrong
        assertEquals(0.0, e.accuracyNotMostPopular(), 1e-12);
        assertEquals(1 / 3.0, LinkEval.of(List.of(d), LinkEval::mostPopular).accuracy(), 1e-12);
        assertEquals(1 / 3.0, LinkEval.of(List.of(d), LinkEval::mostInLinks).accuracy(), 1e-12);
        assertEquals(0.5, LinkEval.of(List.of(d), LinkEval::mostInLinks).accuracyNotMostPopular(), 1e-12);
    }
}
