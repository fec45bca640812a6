package org.tagrank.io;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Two sentences without the blank line between them (files joined by hand, a line lost in an edit) were reported
 * as "word ID 1 out of sequence (expected 4)", which sends one looking for a wrong ID; the error now says what is
 * likely missing.
 */
class ConlluMissingBlankLineTest {
    @Test
    void aSentenceStartingWithoutABlankLineSaysSo() {
        String text = ConlluReaderTest.word(1, "a", "X", "X") + ConlluReaderTest.word(2, "b", "X", "X")
                + "# sent_id = 2\n" + ConlluReaderTest.word(1, "c", "X", "X") + "\n";
        CorpusFormatException e = assertThrows(CorpusFormatException.class, () -> ConlluReaderTest.reader(text).next());
        assertEquals("x.conllu:4: word ID 1 out of sequence (expected 3): no blank line before it, where the"
                + " sentence before ends?", e.getMessage());
    }

    @Test
    void anotherIdOutOfSequenceKeepsItsMessage() {
        String text = ConlluReaderTest.word(1, "a", "X", "X") + ConlluReaderTest.word(3, "b", "X", "X") + "\n";
        CorpusFormatException e = assertThrows(CorpusFormatException.class, () -> ConlluReaderTest.reader(text).next());
        assertEquals("x.conllu:2: word ID 3 out of sequence (expected 2)", e.getMessage());
    }
}
