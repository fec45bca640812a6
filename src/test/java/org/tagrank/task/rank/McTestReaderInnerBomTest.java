package org.tagrank.task.rank;

import org.junit.jupiter.api.Test;
import org.tagrank.io.CorpusFormatException;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * MCTest files joined with cat, the second starting with a byte order mark: a story's id kept the mark without a
 * word (ranked as '\uFEFFmade-up.1.q1'), and an answer key's line was "answer must be one of A, B, C, D, got 'A'"
 * with the mark invisible in the quotes. The mark is named at its line, as the other readers name it; the first
 * line's own mark (a Reader that kept it) is dropped.
 */
class McTestReaderInnerBomTest {
    private static final String MESSAGE = ":2: the line starts with a byte order mark (U+FEFF), which only the start of "
            + "a file may have (files joined with cat? remove it)";

    @Test
    void aMarkBeforeAStoryIsNamedAtItsLine() {
        Path tsv = Fixtures.resource("joined-stories.tsv");
        for (boolean answers : new boolean[]{true, false}) {
            assertEquals(tsv + MESSAGE, assertThrows(CorpusFormatException.class,
                    () -> McTestReader.read(tsv, answers)).getMessage());
        }
    }

    @Test
    void aMarkBeforeAnAnswerKeyLineIsNamedAtItsLine() {
        Path tsv = Fixtures.resource("joined-answers.tsv");
        assertEquals(McTestReader.answerFile(tsv) + MESSAGE, assertThrows(CorpusFormatException.class,
                () -> McTestReader.read(tsv, true)).getMessage());
    }

    @Test
    void theFirstLinesOwnMarkIsDropped() throws Exception {
        String stories = Files.readString(Fixtures.mctest());
        String answers = Files.readString(McTestReader.answerFile(Fixtures.mctest()));
        List<McTestStory> plain = McTestReader.read(new StringReader(stories), "s", new StringReader(answers), "a");
        List<McTestStory> marked = McTestReader.read(new StringReader("\uFEFF" + stories), "s",
                new StringReader("\uFEFF" + answers), "a");
        assertEquals("made-up.0", marked.get(0).id());
        assertEquals(plain, marked);
    }
}
