package org.tagrank.io;

import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.StringReader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * CoNLL-U pasted from a web page or an editor that turned TABs into spaces said 'expected 10 TAB-separated columns,
 * found 1', on a line that shows ten columns; the message now says what is wrong with it.
 */
class ConlluSpacedColumnsTest {
    private static CorpusFormatException error(String text) {
        ConlluReader r = new ConlluReader(new BufferedReader(new StringReader(text)), "x.conllu");
        return assertThrows(CorpusFormatException.class, r::next);
    }

    @Test
    void columnsSeparatedBySpacesAreNamedAsSuch() {
        assertEquals("x.conllu:1: expected 10 TAB-separated columns, found 1 (its 10 columns are separated by spaces, "
                + "not TABs?)", error("1   The   the   DET   DT   _   2   det   _   _\n\n").getMessage());
        assertEquals("x.conllu:1: expected 10 TAB-separated columns, found 3 (its 10 columns are separated by spaces, "
                + "not TABs?)", error("1\tThe\tthe DET DT _ 2 det _ _\n\n").getMessage());
        assertEquals("x.conllu:1: expected 10 TAB-separated columns, found 3", error("1\tThe\tthe\n\n").getMessage());
    }
}
