package org.tagrank.io;

import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The readers' public constructors take any BufferedReader (Files.newBufferedReader keeps a byte order mark): the
 * file's own mark at its first line was "x.conllu:1: the line starts with a byte order mark ..., which only the start
 * of a file may have" in ConlluReader, and became part of the first word in WordTagReader.readAll. The first line's
 * mark is now dropped, as the CLI's readers drop it; one on a later line is an error in both.
 */
class ApiReaderBomTest {
    @Test
    void conlluReaderDropsTheMarkOfItsFirstLine() throws IOException {
        ConlluSentence s = ConlluReaderTest.reader("\uFEFF# sent_id = 1\n" + ConlluReaderTest.word(1, "Hi", "X", "Y") + "\n").next();
        assertEquals("# sent_id = 1", s.lines().get(0));
        ConlluSentence bare = ConlluReaderTest.reader("\uFEFF" + ConlluReaderTest.word(1, "Hi", "X", "Y") + "\n").next();
        assertEquals(List.of("Hi"), bare.forms());
    }

    @Test
    void wordTagReaderDropsTheMarkOfItsFirstLineAndRefusesALaterOne() throws IOException {
        List<WordTagReader.Sentence> s = WordTagReader.readAll(new BufferedReader(new StringReader("\uFEFFa_DT b_NN\n")),
                '_', "f");
        assertEquals(List.of("a", "b"), s.get(0).words());
        CorpusFormatException e = assertThrows(CorpusFormatException.class, () -> WordTagReader.readAll(
                new BufferedReader(new StringReader("a_DT\n\uFEFFb_NN\n")), '_', "f"));
        assertEquals(2, e.line());
    }
}
