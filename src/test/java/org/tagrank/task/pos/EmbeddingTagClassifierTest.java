package org.tagrank.task.pos;

import org.junit.jupiter.api.Test;
import org.tagrank.feature.WordVectors;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class EmbeddingTagClassifierTest {
    // nouns point along +x, verbs along +y (with some spread); "odd" is a verb that sits among the nouns
    private static final String VECTORS = String.join("\n",
            "cat\t1 0.1", "dog\t0.9 -0.1", "tree\t1 0", "car\t0.8 0.2", "cow\t1 -0.2", "odd\t1 0.05",
            "runs\t0.1 1", "sees\t-0.1 0.9", "eats\t0.2 1", "goes\t-0.2 1", "says\t0 1",
            "uh\t-1 -1", "horse\t2 0.05", "jumps\t0 3", "hmm\t-2 -2.1", "nothing\t0 0") + "\n";

    private static NeighbourTagClasses.Counts counts() {
        NeighbourTagClasses.Counts c = new NeighbourTagClasses.Counts();
        c.addAll(List.of("Cat", "dog", "tree", "car", "cow", "runs", "sees", "eats", "goes", "says", "odd", "uh"),
                List.of("NN", "NN", "NN", "NN", "NN", "VBZ", "VBZ", "VBZ", "VBZ", "VBZ", "VBZ", "UH"));
        return c;
    }

    @Test
    void predictsTheTagOfTheRegionAndTrainingWordsFromTheOtherHalf() {
        WordVectors v = WordVectors.parse(VECTORS, "t.tsv");
        EmbeddingTagClassifier.Settings s = new EmbeddingTagClassifier.Settings(1e-3, 200, Integer.MAX_VALUE, 0.5, 1);
        String[] cls = EmbeddingTagClassifier.compute(v, counts(), s);
        assertEquals("NN", cls[v.row("horse")]);
        assertEquals("VBZ", cls[v.row("jumps")]);
        assertEquals("NN", cls[v.row("cat")]);
        assertEquals("VBZ", cls[v.row("says")]);
        assertEquals("NN", cls[v.row("odd")], "a linear model puts the verb among the nouns with them");
        // uh is the only UH word: the model of the other half of the types never saw the tag, the full model did
        assertEquals("UH", cls[v.row("hmm")]);
        assertEquals(false, cls[v.row("uh")].equals("UH"), cls[v.row("uh")]);
        assertNull(cls[v.row("nothing")]);
        assertArrayEquals(cls, EmbeddingTagClassifier.compute(v, counts(), s), "deterministic");
    }

    /**
     * A fit without a single type (every training word seen more than max-count times, or every fitted type in one
     * half of the cross-fitting) averaged its loss over 0 types: NaN weights, which L-BFGS accepted, and every word
     * got the first tag seen as its class, written without a word.
     */
    @Test
    void refusesAFitWithoutTypes() {
        WordVectors v = WordVectors.parse(VECTORS, "t.tsv");
        NeighbourTagClasses.Counts twice = counts();
        twice.addAll(List.of("Cat", "dog", "tree", "car", "cow", "runs", "sees", "eats", "goes", "says", "odd", "uh"),
                List.of("NN", "NN", "NN", "NN", "NN", "VBZ", "VBZ", "VBZ", "VBZ", "VBZ", "VBZ", "UH"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> EmbeddingTagClassifier.compute(v,
                twice, new EmbeddingTagClassifier.Settings(1e-3, 50, 1, 0.5, 1)));
        assertEquals("no training word with a vector is seen at most 1 time (max-count): the classifier has nothing "
                + "to fit", e.getMessage());
        NeighbourTagClasses.Counts one = new NeighbourTagClasses.Counts();
        one.addAll(List.of("cat"), List.of("NN"));
        e = assertThrows(IllegalArgumentException.class, () -> EmbeddingTagClassifier.compute(v, one,
                new EmbeddingTagClassifier.Settings(1e-3, 50, Integer.MAX_VALUE, 0.5, 1)));
        assertEquals("the classifier is fitted on each half of the training words for the other (cross-fitting), but "
                + "one half has no word with a vector seen at most 2147483647 times (max-count): 1 and 0 words", e.getMessage());
    }

    @Test
    void checksSettings() {
        assertThrows(IllegalArgumentException.class, () -> new EmbeddingTagClassifier.Settings(-1, 10, 5, 0.5, 1));
        assertThrows(IllegalArgumentException.class, () -> new EmbeddingTagClassifier.Settings(0, 0, 5, 0.5, 1));
        assertThrows(IllegalArgumentException.class, () -> new EmbeddingTagClassifier.Settings(0, 10, 5, 0, 1));
    }
}
