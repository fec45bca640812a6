package org.tagrank.io;

import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.StringReader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * CoNLL-U files joined with cat, each with a byte order mark: the second file's first line starts with U+FEFF (only
 * a file's start is dropped), and it was 'expected 10 TAB-separated columns, found 1' on a line that reads as a
 * comment, or 'bad ID '1'' with the invisible mark in the quotes.
 */
class ConlluInnerBomTest {
    private static String sentence(String first) {
        return first + "1\tHi\t_\t_\t_\t_\t_\t_\t_\t_\n\n";
    }

    @Test
    void aByteOrderMarkInsideTheInputIsNamedAtItsLine() {
        for (String second : new String[]{"\uFEFF# sent_id = 2\n", "\uFEFF"}) {
            ConlluReader r = new ConlluReader(new BufferedReader(new StringReader(sentence("# sent_id = 1\n")
                    + sentence(second))), "all.conllu");
            CorpusFormatException e = assertThrows(CorpusFormatException.class, () -> {
                while (r.next() != null) {
                    // read on
                }
            });
            assertEquals("all.conllu:4: the line starts with a byte order mark (U+FEFF), which only the start of a file "
                    + "may have (files joined with cat? remove it)", e.getMessage());
        }
    }
}
