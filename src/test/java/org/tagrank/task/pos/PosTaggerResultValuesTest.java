package org.tagrank.task.pos;

import org.junit.jupiter.api.Test;
import org.tagrank.core.ScoredOutput;
import org.tagrank.io.ModelIO;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * kBest and topK results are values, as tag()'s TaggedSentence is: a ScoredSequence kept the caller's list (changing
 * it changed the record, its equals and hashCode), and both methods returned lists a caller could change.
 */
class PosTaggerResultValuesTest {
    @Test
    void scoredSequencesAndTopKListsCannotBeChanged() throws IOException {
        List<String> tags = new ArrayList<>(List.of("DT", "NN"));
        PosTagger.ScoredSequence s = new PosTagger.ScoredSequence(tags, 1.5);
        tags.set(1, "VB");
        assertEquals(List.of("DT", "NN"), s.tags(), "the record copies its list");

        PosTagger tagger = PosTagger.fromBundle(ModelIO.read("models/en-ewt-pos-ap-fast-1.lin.zip", "pos"));
        List<String> words = List.of("The", "dog", "barks", ".");
        List<PosTagger.ScoredSequence> best = tagger.kBest(words, 2);
        assertThrows(UnsupportedOperationException.class, () -> best.get(0).tags().set(0, "X"));
        assertThrows(UnsupportedOperationException.class, () -> best.remove(0));
        List<List<ScoredOutput>> top = tagger.topK(words, 2);
        assertThrows(UnsupportedOperationException.class, () -> top.get(2).clear());
        assertThrows(UnsupportedOperationException.class, () -> top.remove(0));
        assertThrows(NullPointerException.class, () -> new PosTagger.ScoredSequence(null, 0));
    }
}
