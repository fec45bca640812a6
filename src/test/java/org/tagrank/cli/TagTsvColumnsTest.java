package org.tagrank.cli;

import org.junit.jupiter.api.Test;
import org.tagrank.core.ScoredOutput;
import org.tagrank.task.pos.TaggedSentence;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * TSV output keeps its columns (word, XPOS, UPOS, top-k) for a model without a UPOS map: the UPOS column was left
 * out, so the top-k moved into the third column, where UPOS is read.
 */
class TagTsvColumnsTest {
    @Test
    void aModelWithoutUposWritesUnderscoreInTheUposColumn() {
        TaggedSentence s = new TaggedSentence(List.of("dog"), List.of("NN"), null);
        StringBuilder plain = new StringBuilder();
        TagFormat.TSV.write(plain, s, null, null, '_', null);
        assertEquals("dog\tNN\t_\n\n", plain.toString());
        StringBuilder top = new StringBuilder();
        TagFormat.TSV.write(top, s, null, List.of(List.of(new ScoredOutput(0, "NN", 1, 1.0))), '_', null);
        assertEquals("dog\tNN\t_\tNN:1.0000\n\n", top.toString());
    }
}
