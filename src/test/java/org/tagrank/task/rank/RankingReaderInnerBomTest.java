package org.tagrank.task.rank;

import org.junit.jupiter.api.Test;
import org.tagrank.io.CorpusFormatException;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Ranking files joined with cat, the second starting with a byte order mark: the mark stayed in the example id, so
 * '\uFEFFq2' and 'q2' were two examples ("example 'q2' has no gold candidate" of an example whose gold is the line
 * above), and a comment line after the mark was "expected 3 or 4 tab-separated fields, got 1". The mark is named at
 * its line, as the other readers name it; the first line's own mark (a Reader that kept it) is dropped.
 */
class RankingReaderInnerBomTest {
    private static final String MESSAGE = ":3: the line starts with a byte order mark (U+FEFF), which only the start of "
            + "a file may have (files joined with cat? remove it)";

    @Test
    void aMarkBeforeAnExampleIsNamedAtItsLine() {
        Path p = Fixtures.resource("inner-bom-example.tsv");
        CorpusFormatException e = assertThrows(CorpusFormatException.class,
                () -> RankingReader.read(p, RankingReader.GoldPolicy.REQUIRED));
        assertEquals(p + MESSAGE, e.getMessage());
    }

    @Test
    void aMarkBeforeACommentIsNamedAtItsLine() {
        Path p = Fixtures.resource("inner-bom-comment.tsv");
        CorpusFormatException e = assertThrows(CorpusFormatException.class,
                () -> RankingReader.read(p, RankingReader.GoldPolicy.OPTIONAL));
        assertEquals(p + MESSAGE, e.getMessage());
    }

    @Test
    void theFirstLinesOwnMarkIsDropped() throws Exception {
        List<RankingExample> ex = RankingReader.read(new StringReader("\uFEFFq1\ta\t1\tf=1\nq1\tb\t0\n"), "in.tsv",
                RankingReader.GoldPolicy.REQUIRED);
        assertEquals(1, ex.size());
        assertEquals("q1", ex.get(0).id());
        List<RankingExample> comment = RankingReader.read(new StringReader("\uFEFF# made up\nq1\ta\t1\tf=1\n"),
                "in.tsv", RankingReader.GoldPolicy.REQUIRED);
        assertEquals("q1", comment.get(0).id());
    }
}
