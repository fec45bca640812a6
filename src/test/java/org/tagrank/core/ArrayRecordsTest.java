package org.tagrank.core;

import org.junit.jupiter.api.Test;
import org.tagrank.task.rank.RankingCandidate;
import org.tagrank.task.rank.link.WikidictAliases;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The public records with array components compare and print their arrays by content. */
class ArrayRecordsTest {
    @Test
    void rankingCandidatesAreValues() {
        RankingCandidate a = new RankingCandidate("c1", true, new String[]{"f", "g"}, new double[]{1, 2.5});
        RankingCandidate b = new RankingCandidate("c1", true, new String[]{"f", "g"}, new double[]{1, 2.5});
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertEquals(1, new java.util.HashSet<>(List.of(a, b)).size());
        assertNotEquals(a, new RankingCandidate("c1", true, new String[]{"f", "g"}, new double[]{1, 2}));
        assertNotEquals(a, new RankingCandidate("c1", true, new String[]{"f", "h"}, new double[]{1, 2.5}));
        assertNotEquals(a, new RankingCandidate("c1", null, new String[]{"f", "g"}, new double[]{1, 2.5}));
        assertNotEquals(a, new RankingCandidate("c2", true, new String[]{"f", "g"}, new double[]{1, 2.5}));
        assertEquals("RankingCandidate[id=c1, gold=true, names=[f, g], values=[1.0, 2.5]]", a.toString());
    }

    @Test
    void candidateInstancesPrintTheirCosts() {
        CandidateInstance x = new CandidateInstance(List.of(SparseVector.empty(), SparseVector.empty()), 0,
                new double[]{0, 0.5});
        assertTrue(x.toString().contains("costs=[0.0, 0.5]"), x.toString());
        assertTrue(x.toString().contains("gold=0"), x.toString());
        assertFalse(x.toString().contains("[D@"), x.toString());
        assertTrue(new CandidateInstance(List.of(SparseVector.empty()), 0).toString().contains("costs=null"));
    }

    @Test
    void frozenIndexesAreValues() {
        FeatureIndex.Frozen a = frozen();
        FeatureIndex.Frozen b = frozen();
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertNotEquals(a, new FeatureIndex.Frozen(a.index(), new int[]{0, -1, -1}));
        assertNotEquals(a, new FeatureIndex.Frozen(FeatureIndex.of(List.of("b")), a.remap()));
        assertEquals("Frozen[index=1 features, remap=[0, -1]]", a.toString());
        int[] many = new int[25];
        String s = new FeatureIndex.Frozen(FeatureIndex.of(List.of()), many).toString();
        assertTrue(s.endsWith(", 0, ... (25 ids)]]"), s);
    }

    /** remap() handed out the record's own array: a write into it moved the ids every later dataset got. */
    @Test
    void theFrozenMapCannotBeChangedFromOutside() {
        FeatureIndex.Frozen a = frozen();
        a.remap()[0] = 7;
        assertEquals(0, a.newId(0));
        int[] given = {0, -1};
        FeatureIndex.Frozen b = new FeatureIndex.Frozen(a.index(), given);
        given[0] = 7;
        assertEquals(0, b.newId(0));
        assertEquals(-1, b.newId(1));
    }

    private static FeatureIndex.Frozen frozen() {
        FeatureIndex.Builder b = new FeatureIndex.Builder();
        b.add("a");
        b.add("b");
        b.add("a");
        return b.freeze(2);
    }

    @Test
    void aliasBagsAreValues() {
        WikidictAliases.Bag a = new WikidictAliases.Bag(new String[]{"lance", "tour"}, new float[]{1, 2}, 5);
        WikidictAliases.Bag b = new WikidictAliases.Bag(new String[]{"lance", "tour"}, new float[]{1, 2}, 5);
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertNotEquals(a, new WikidictAliases.Bag(new String[]{"lance", "tour"}, new float[]{1, 3}, 5));
        assertEquals("Bag[words=[lance, tour], weights=[1.0, 2.0], norm2=5.0]", a.toString());
    }
}
