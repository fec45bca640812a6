package org.tagrank.task.rank.link;

import org.junit.jupiter.api.Test;
import org.tagrank.io.CorpusFormatException;

import java.io.BufferedReader;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConllDocReaderTest {

    private static List<ConllDocReader.Doc> parse(String text) throws Exception {
        return ConllDocReader.read(new BufferedReader(new StringReader(text)), "d.tsv");
    }

    @Test
    void readsTokensAndSpans() throws Exception {
        String text = "-DOCSTART- (9x SPORT)\nThe\nBig\tB\tBig Red\tBig_Red\thttp://x/Big_Red\t12\n\n"
                + "Red\tI\tBig Red\tBig_Red\thttp://x/Big_Red\t12\nwon\nin\nZed\tB\tZed\t--NME--\n.\n\n"
                + "-DOCSTART- (10x NEWS)\nHi\n";
        List<ConllDocReader.Doc> docs = parse(text);
        assertEquals(2, docs.size());
        ConllDocReader.Doc d = docs.get(0);
        assertEquals("9x", d.id());
        assertEquals("SPORT", d.title());
        assertEquals(List.of("The", "Big", "Red", "won", "in", "Zed", "."), d.tokens());
        assertEquals(2, d.spans().size());
        // a mention may continue across a sentence break
        assertEquals(new ConllDocReader.Span(1, 3, "Big Red", "Big_Red"), d.spans().get(0));
        assertNull(d.spans().get(1).entity());
        assertEquals(List.of("Hi"), docs.get(1).tokens());
    }

    @Test
    void fixtureMatchesItsMentionFile() throws Exception {
        Path conll = LinkCorpus.documentFileFor(LinkFixtures.trainMentions());
        assertTrue(Files.isRegularFile(conll));
        List<LinkDocument> docs = LinkCorpus.read(LinkFixtures.trainMentions());
        assertEquals(6, docs.size());
        assertEquals("CYCLING", docs.get(0).tokens().get(0));
        int spans = 0;
        for (ConllDocReader.Doc d : ConllDocReader.read(conll)) {
            spans += d.spans().size();
        }
        assertEquals(23, spans);
    }

    private static void assertError(String text, int line, String expected) {
        CorpusFormatException e = assertThrows(CorpusFormatException.class, () -> parse(text));
        assertTrue(e.getMessage().startsWith("d.tsv:" + line + ": "), e.getMessage());
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }

    @Test
    void errorsNameFileAndLine() {
        assertError("The\n-DOCSTART- (1 X)\n", 1, "before the first -DOCSTART-");
        assertError("-DOCSTART- (1 X)\nRed\tI\tBig Red\tBig_Red\thttp://x\t1\n", 2, "without its B token");
        assertError("-DOCSTART- (1 X)\nRed\tB\tRed\n", 2, "4, 6 or 7");
        assertError("-DOCSTART- (1 X)\nRed\tX\tRed\t--NME--\n", 2, "B or I");
        assertError("-DOCSTART- (1 X)\nRed\tB\tRed\tRed_Co\n", 2, "without url");
        assertError("-DOCSTART- 1 X\n", 1, "-DOCSTART- (id title)");
        assertError("", 1, "not a document file");
    }

    @Test
    void aDocumentIdTwiceIsAnError() {
        // LinkCorpus looks documents up by id: the second one silently replaced the first
        assertError("-DOCSTART- (1 X)\nA\n-DOCSTART- (2 Y)\nB\n-DOCSTART- (1 Z)\nC\n", 5,
                "document 1 again (first at line 1): document ids must be unique");
    }

    /**
     * Document files joined with cat, each with a byte order mark: the second's -DOCSTART- line was read as a token of
     * the first document, and its mentions then failed as "document X is not in" the file.
     */
    @Test
    void aByteOrderMarkInsideTheFileIsAnErrorAtItsLine() {
        CorpusFormatException e = assertThrows(CorpusFormatException.class,
                () -> parse("-DOCSTART- (1x A)\nHi\n\n\uFEFF-DOCSTART- (2x B)\nHo\n"));
        assertTrue(e.getMessage().startsWith("d.tsv:4: the line starts with a byte order mark (U+FEFF)"), e.getMessage());
    }
}
