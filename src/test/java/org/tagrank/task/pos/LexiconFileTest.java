package org.tagrank.task.pos;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tagrank.io.CorpusFormatException;
import org.tagrank.io.ModelIO;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Lexicon files: a '#' line is a comment only without a TAB, so words that start with '#' can have entries. */
class LexiconFileTest {
    @TempDir
    Path dir;

    @Test
    void entriesForWordsStartingWithHashForceTheirTagsAndCommentsAreSkipped() throws IOException {
        Path f = dir.resolve("lexicon.tsv");
        Files.writeString(f, "# comment: skipped\n#\tSYM\n\n#hashtag\tNNP\n#another comment\n");
        Lexicon lexicon = Lexicon.read(f.toString());
        assertEquals(2, lexicon.size(), "the two '#' entries, not the comments");
        PosTagger tagger = PosTagger.fromBundle(ModelIO.read("models/en-ewt-pos-ap-fast-1.lin.zip", "pos"));
        List<String> words = List.of("Loving", "#", "#hashtag", "today", "#comment");
        TaggedSentence plain = tagger.tag(words);
        TaggedSentence forced = tagger.withLexicon(lexicon).tag(words);
        assertEquals("SYM", forced.xpos().get(1));
        assertEquals("NNP", forced.xpos().get(2));
        assertEquals(plain.xpos().get(4), forced.xpos().get(4), "'#comment' was a comment line's text, no entry");
    }

    @Test
    void aLineWithATabIsAnEntryAndAMalformedOneIsNamedAtItsLine() {
        CorpusFormatException e = assertThrows(CorpusFormatException.class,
                () -> Lexicon.parse(new BufferedReader(new StringReader("# ok\n#\t\n")), "lex.tsv"));
        assertEquals("lex.tsv:2: expected word<TAB>TAG[ TAG...]", e.getMessage());
    }
}
