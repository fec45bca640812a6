package org.tagrank.io;

import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConlluReaderTest {
    static ConlluReader reader(String text) {
        return new ConlluReader(new BufferedReader(new StringReader(text)), "x.conllu");
    }

    static String word(int id, String form, String upos, String xpos) {
        return id + "\t" + form + "\t_\t" + upos + "\t" + xpos + "\t_\t_\t_\t_\t_\n";
    }

    @Test
    void skipsRangesAndEmptyNodesButKeepsTheirLines() throws IOException {
        String text = "# text = I can't\n" + word(1, "I", "PRON", "PRP") + "2-3\tcan't\t_\t_\t_\t_\t_\t_\t_\t_\n"
                + word(2, "ca", "AUX", "MD") + word(3, "n't", "PART", "RB") + "3.1\tx\t_\t_\t_\t_\t_\t_\t_\t_\n\n";
        ConlluSentence s = reader(text).next();
        assertEquals(List.of("I", "ca", "n't"), s.forms());
        assertEquals(List.of("PRP", "MD", "RB"), s.xpos());
        assertEquals(6, s.lines().size());
        List<String> out = s.withTags(List.of("A", "B", "C"), List.of("X1", "X2", "X3"));
        assertEquals("2-3\tcan't\t_\t_\t_\t_\t_\t_\t_\t_", out.get(2), "range line untouched");
        assertTrue(out.get(3).startsWith("2\tca\t_\tB\tX2\t"));
    }

    @Test
    void malformedLinesNameFileAndLine() {
        CorpusFormatException e = assertThrows(CorpusFormatException.class,
                () -> reader(word(1, "a", "X", "X") + "2\tb\tonly-three\n\n").next());
        assertEquals("x.conllu:2: expected 10 TAB-separated columns, found 3", e.getMessage());
        CorpusFormatException seq = assertThrows(CorpusFormatException.class,
                () -> reader(word(1, "a", "X", "X") + word(3, "b", "X", "X")).next());
        assertEquals(2, seq.line());
        assertThrows(CorpusFormatException.class, () -> reader(word(1, "a", "X", "X").replace("1\t", "x\t")).next());
    }

    @Test
    void toleratesCrlfAndExtraBlankLinesAndEndsWithNull() throws IOException {
        ConlluReader r = reader("\n\n" + word(1, "a", "X", "Y").replace("\n", "\r\n") + "\r\n\n\n" + word(1, "b", "X", "Z"));
        assertEquals(List.of("a"), r.next().forms());
        assertEquals(List.of("Z"), r.next().xpos());
        assertNull(r.next());
    }

    @Test
    void wordTagSplitsAtTheLastSeparator() throws IOException {
        WordTagReader.Sentence s = WordTagReader.parse("http://a_b.com_ADD go_VB", '_', "f", 3);
        assertEquals(List.of("http://a_b.com", "go"), s.words());
        assertEquals(List.of("ADD", "VB"), s.tags());
        CorpusFormatException e = assertThrows(CorpusFormatException.class, () -> WordTagReader.parse("fine_NN broken", '_', "f", 7));
        assertEquals("f:7: token 'broken' is not word_TAG", e.getMessage());
    }
}
