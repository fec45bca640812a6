package org.tagrank.io;

import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * A multiword-token range ({@code 1-2}) was taken without looking at the words it covers: a range before the wrong
 * word, overlapping another, or running past the sentence's last word read as a well-formed sentence (a cut or
 * hand-edited file). CoNLL-U puts the range line just before its first word; the words it names must follow.
 */
class ConlluMultiwordRangeTest {
    private static String w(int id, String form) {
        return id + "\t" + form + "\t_\t_\tNN\t_\t_\t_\t_\t_\n";
    }

    private static String range(String ids, String form) {
        return ids + "\t" + form + "\t_\t_\t_\t_\t_\t_\t_\t_\n";
    }

    private static List<ConlluSentence> read(String text) throws Exception {
        return ConlluReader.readAll(new BufferedReader(new StringReader(text)), "t.conllu");
    }

    @Test
    void wellFormedRangesRead() throws Exception {
        List<ConlluSentence> s = read(range("1-2", "don't") + w(1, "do") + w(2, "n't") + w(3, "go") + "\n"
                + w(1, "I") + range("2-3", "can't") + w(2, "ca") + w(3, "n't") + "5.1\tx\t_\t_\t_\t_\t_\t_\t_\t_\n" + "\n");
        assertEquals(List.of("do", "n't", "go"), s.get(0).forms());
        assertEquals(List.of("I", "ca", "n't"), s.get(1).forms());
    }

    @Test
    void aRangeMustCoverTheWordsThatFollowIt() {
        CorpusFormatException past = assertThrows(CorpusFormatException.class,
                () -> read(range("1-2", "don't") + w(1, "do") + "\n"));
        assertEquals("t.conllu:1: multiword token 1-2 covers words up to 2, but the sentence ends after word 1",
                past.getMessage());
        CorpusFormatException before = assertThrows(CorpusFormatException.class,
                () -> read(w(1, "I") + range("3-4", "can't") + w(2, "ca") + w(3, "n't") + w(4, "x") + "\n"));
        assertEquals("t.conllu:2: multiword token 3-4 must come just before word 3 (the next word is 2)",
                before.getMessage());
        CorpusFormatException overlap = assertThrows(CorpusFormatException.class,
                () -> read(range("1-3", "abc") + w(1, "a") + range("2-3", "bc") + w(2, "b") + w(3, "c") + "\n"));
        assertEquals("t.conllu:3: multiword token 2-3 overlaps 1-3 (line 1)", overlap.getMessage());
    }
}
