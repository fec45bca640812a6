package org.tagrank.task.pos;

import org.junit.jupiter.api.Test;
import org.tagrank.integration.opennlp.TagRankPOSTagger;
import org.tagrank.io.ModelIO;

import java.io.IOException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * kBest's k is the beam width, so it has withBeam's bound: a k of a million allocated beam arrays of that width per
 * token (an OutOfMemoryError for Integer.MAX_VALUE) instead of saying what is wrong.
 */
class KBestWidthTest {
    @Test
    void kAboveTheWidestBeamIsRefusedByName() throws IOException {
        PosTagger tagger = PosTagger.fromBundle(ModelIO.read("models/en-ewt-pos-ap-fast-1.lin.zip", "pos"));
        List<String> words = List.of("The", "dog", "barks", ".");
        assertTrue(tagger.kBest(words, PosTagger.MAX_BEAM).size() <= PosTagger.MAX_BEAM);
        for (int k : new int[]{PosTagger.MAX_BEAM + 1, Integer.MAX_VALUE}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> tagger.kBest(words, k));
            assertTrue(e.getMessage().contains("k must be in 1.." + PosTagger.MAX_BEAM), e.getMessage());
            // OpenNLP's adapter takes k at construction: it says so there, not at the first sentence
            IllegalArgumentException a = assertThrows(IllegalArgumentException.class, () -> new TagRankPOSTagger(tagger, k));
            assertTrue(a.getMessage().contains("topK must be in 1.." + PosTagger.MAX_BEAM), a.getMessage());
        }
    }
}
