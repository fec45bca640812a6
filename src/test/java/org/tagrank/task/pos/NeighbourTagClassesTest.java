package org.tagrank.task.pos;

import org.junit.jupiter.api.Test;
import org.tagrank.feature.WordVectors;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class NeighbourTagClassesTest {
    // nouns point along x, verbs along y; "walk" lies between; "zzz" has no vector; "2001" is spelt 0000
    private static final String VECTORS = String.join("\n",
            "cat\t1 0.1", "dog\t0.9 -0.1", "tree\t1 0", "runs\t0.1 1", "sees\t-0.1 0.9", "walk\t0.7 0.72",
            "horse\t2 0.05", "jumps\t0 3", "0000\t-1 0", "nothing\t0 0") + "\n";

    private static NeighbourTagClasses.Counts counts() {
        NeighbourTagClasses.Counts c = new NeighbourTagClasses.Counts();
        for (int i = 0; i < 3; i++) {
            c.addAll(List.of("The", "Cat", "sees", "a", "dog", "near", "trees", "."), List.of("DT", "NN", "VBZ", "DT", "NN", "IN", "NNS", "."));
            c.addAll(List.of("Tree", "runs", "2001", "walk"), List.of("NN", "VBZ", "CD", "NN"));
        }
        c.addAll(List.of("walk", "walk"), List.of("VB", "VB")); // walk: 3 NN, 2 VB
        c.add("horse", "NN"); // once: not an anchor with min-count 2
        return c;
    }

    @Test
    void classesComeFromTheNearestTrainingWordsButNeverTheWordItself() {
        WordVectors v = WordVectors.parse(VECTORS, "t.tsv");
        String[] cls = NeighbourTagClasses.compute(v, counts(), new NeighbourTagClasses.Settings(2, 2, 0.5, 1));
        // anchors (>= 2 occurrences, with a vector): cat, dog, tree, runs, sees, walk, 2001 (as 0000)
        assertEquals("NN", cls[v.row("horse")], "unseen-as-anchor horse: nearest cat, tree");
        assertEquals("VBZ", cls[v.row("jumps")], "nearest runs, sees");
        assertEquals("NN", cls[v.row("cat")], "cat's own tags do not vote: tree and dog do");
        assertEquals("VBZ", cls[v.row("runs")], "sees and walk: VBZ outweighs walk's NN share");
        assertNull(cls[v.row("nothing")], "an all-zero vector gets no class");
        // 0000 (2001's row) points away from everything: only sees has a positive cosine; its own CD does not vote
        assertEquals("VBZ", cls[v.row("0000")]);
    }

    @Test
    void secondTagsJoinWithinTheirShare() {
        WordVectors v = WordVectors.parse(VECTORS, "t.tsv");
        // walk is the only neighbour of k = 1 for a word pointing exactly at it: profile NN 0.6, VB 0.4
        WordVectors w = WordVectors.parse(VECTORS + "stroll\t0.7 0.72\n", "t.tsv");
        String[] two = NeighbourTagClasses.compute(w, counts(), new NeighbourTagClasses.Settings(1, 2, 0.5, 2));
        assertEquals("NN|VB", two[w.row("stroll")]);
        String[] strict = NeighbourTagClasses.compute(w, counts(), new NeighbourTagClasses.Settings(1, 2, 0.7, 2));
        assertEquals("NN", strict[w.row("stroll")], "VB has 0.67 of NN's weight < 0.7");
        String[] conf = NeighbourTagClasses.compute(w, counts(), new NeighbourTagClasses.Settings(1, 2, 0.7, 2, true));
        assertEquals("NN:m", conf[w.row("stroll")], "NN has 0.6 of the profile");
        assertEquals("VBZ:h", conf[w.row("jumps")], "runs alone: all VBZ");
        assertEquals(v.size() + 1, two.length);
    }

    @Test
    void topKKeepsTheLargestInOrderAndSettingsAreChecked() {
        assertArrayEquals(new int[]{3, 1, 0}, NeighbourTagClasses.topK(new float[]{0.5f, 0.7f, 0.1f, 0.9f, 0.5f}, 3),
                "ties go to the lower index");
        assertArrayEquals(new int[]{1, 0, -1}, NeighbourTagClasses.topK(new float[]{1, 2}, 3));
        assertThrows(IllegalArgumentException.class, () -> new NeighbourTagClasses.Settings(0, 1, 0.5, 1));
        assertThrows(IllegalArgumentException.class, () -> new NeighbourTagClasses.Settings(5, 1, 1.5, 1));
        assertEquals("x0.00", NeighbourTagClasses.digitsTo0("x1.50"));
        assertEquals("0000", NeighbourTagClasses.digitsTo0("2001"));
    }
}
