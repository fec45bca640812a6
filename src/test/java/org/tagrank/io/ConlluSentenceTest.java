package org.tagrank.io;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A sentence built in code (e.g. training data made without a file) is checked as the reader checks one. */
class ConlluSentenceTest {
    static final List<String> LINES = List.of("# text = The cat", "1\tThe\t_\tDET\tDT\t_\t_\t_\t_\t_",
            "2\tcat\t_\tNOUN\tNN\t_\t_\t_\t_\t_");

    private static ConlluSentence sentence(int[] wordLines, List<String> forms, List<String> upos, List<String> xpos) {
        return new ConlluSentence(LINES, wordLines, forms, upos, xpos, 1);
    }

    @Test
    void aConsistentSentenceIsKeptAndItsArrayCopied() {
        int[] wl = {1, 2};
        ConlluSentence s = sentence(wl, List.of("The", "cat"), List.of("DET", "NOUN"), List.of("DT", "NN"));
        wl[0] = 0;
        s.wordLines()[1] = 0;
        assertEquals(List.of("# text = The cat", "1\tThe\t_\tPRON\tDT\t_\t_\t_\t_\t_", "2\tcat\t_\tNOUN\tNN\t_\t_\t_\t_\t_"),
                s.withTags(List.of("PRON", "NOUN"), null));
    }

    @Test
    void inconsistentSentencesAreRefusedWithAMessage() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> sentence(new int[]{1, 2}, List.of("The", "cat"), List.of("DET", "NOUN"), List.of("DT")));
        assertEquals("sentence at line 1: 2 forms, 2 word lines, 2 UPOS and 1 XPOS", e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> sentence(new int[]{1, 2}, List.of("The", ""), List.of("DET", "NOUN"), List.of("DT", "NN")));
        assertEquals("sentence at line 1: word 2 has an empty FORM", e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> sentence(new int[]{1, 3}, List.of("The", "cat"), List.of("DET", "NOUN"), List.of("DT", "NN")));
        assertEquals("sentence at line 1: word 2 is on line index 3, outside its 3 lines", e.getMessage());
        NullPointerException n = assertThrows(NullPointerException.class,
                () -> sentence(new int[]{1, 2}, Arrays.asList("The", null), List.of("DET", "NOUN"), List.of("DT", "NN")));
        assertEquals("sentence at line 1: word 2 has a null FORM", n.getMessage());
        n = assertThrows(NullPointerException.class,
                () -> sentence(new int[]{1, 2}, List.of("The", "cat"), List.of("DET", "NOUN"), Arrays.asList("DT", null)));
        assertEquals("sentence at line 1: word 2 has a null XPOS (use \"_\" for none)", n.getMessage());
        List<String> mutable = new ArrayList<>(List.of("DT", "NN"));
        ConlluSentence s = sentence(new int[]{1, 2}, List.of("The", "cat"), List.of("DET", "NOUN"), mutable);
        mutable.set(0, "XX");
        assertEquals(List.of("DT", "NN"), s.xpos());
    }

    /** A record compares by value: the int[] component too, as RankingCandidate's and CandidateInstance's arrays do. */
    @Test
    void sentencesWithTheSameContentAreEqual() throws java.io.IOException {
        ConlluSentence a = sentence(new int[]{1, 2}, List.of("The", "cat"), List.of("DET", "NOUN"), List.of("DT", "NN"));
        ConlluSentence b = sentence(new int[]{1, 2}, List.of("The", "cat"), List.of("DET", "NOUN"), List.of("DT", "NN"));
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertEquals(a.toString(), b.toString());
        assertTrue(a.toString().contains("wordLines=[1, 2]"), a.toString());
        assertNotEquals(a, sentence(new int[]{2, 1}, List.of("The", "cat"), List.of("DET", "NOUN"), List.of("DT", "NN")));
        assertNotEquals(a, new ConlluSentence(LINES, new int[]{1, 2}, List.of("The", "cat"), List.of("DET", "NOUN"),
                List.of("DT", "NN"), 2));
        // the same file read twice: the same sentences (a Set of them, List.equals and contains work)
        String text = String.join("\n", LINES) + "\n\n";
        List<ConlluSentence> once = ConlluReader.readAll(new java.io.BufferedReader(new java.io.StringReader(text)), "x.conllu");
        assertEquals(once, ConlluReader.readAll(new java.io.BufferedReader(new java.io.StringReader(text)), "x.conllu"));
        assertEquals(a, once.get(0));
    }
}
