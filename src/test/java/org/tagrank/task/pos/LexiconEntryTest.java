package org.tagrank.task.pos;

import org.junit.jupiter.api.Test;
import org.tagrank.core.ScoredOutput;
import org.tagrank.io.CorpusFormatException;
import org.tagrank.io.ModelIO;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Lexicon entries that were taken but did not do what they said: a tag listed twice counted twice in --top-k
 * ('duck NN:0.5000,NN:0.5000'), a word with a space before its TAB never matched, a TAB followed by spaces
 * only was 'tag '' is not in the model's tag set'.
 */
class LexiconEntryTest {
    private static Lexicon parse(String text) throws IOException {
        return Lexicon.parse(new BufferedReader(new StringReader(text)), "lex.tsv");
    }

    @Test
    void aTagListedTwiceIsAnErrorAtItsLine() {
        CorpusFormatException e = assertThrows(CorpusFormatException.class, () -> parse("cat\tNN\nduck\tNN VB NN\n"));
        assertEquals("lex.tsv:2: word 'duck': tag 'NN' listed twice", e.getMessage());
        IllegalArgumentException o = assertThrows(IllegalArgumentException.class,
                () -> Lexicon.of(Map.of("duck", List.of("NN", "NN"))));
        assertEquals("lexicon entry 'duck' lists tag 'NN' twice", o.getMessage());
    }

    @Test
    void spacesAroundTheWordAreNotPartOfIt() throws IOException {
        PosTagger tagger = PosTagger.fromBundle(ModelIO.read("models/en-ewt-pos-ap-fast-1.lin.zip", "pos"));
        List<String> words = List.of("I", "saw", "her", "duck", ".");
        assertEquals("NN", tagger.tag(words).xpos().get(3), "the entry below must change something");
        PosTagger forced = tagger.withLexicon(parse("duck \tVB\n"));
        assertEquals("VB", forced.tag(words).xpos().get(3));
        List<ScoredOutput> top = forced.topK(words, 3).get(3);
        assertEquals(1, top.size());
        assertEquals("VB", top.get(0).label());
    }

    /** Lexicon.of is "checked as a file is when read": blanks around a word or tag are not part of it there either. */
    @Test
    void spacesAroundAWordOrTagOfAMapAreNotPartOfIt() throws IOException {
        PosTagger tagger = PosTagger.fromBundle(ModelIO.read("models/en-ewt-pos-ap-fast-1.lin.zip", "pos"));
        List<String> words = List.of("I", "saw", "her", "duck", ".");
        PosTagger forced = tagger.withLexicon(Lexicon.of(Map.of("duck ", List.of(" VB"), "\tsaw", List.of("VBD ", "VBN"))));
        assertEquals(List.of("PRP", "VBD", "PRP$", "VB", "."), forced.tag(words).xpos());
        assertEquals(List.of("VBD", "VBN"), forced.allowedTags(words, 1).tags());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Lexicon.of(Map.of("duck", List.of("NN"), "duck ", List.of("VB"))));
        assertEquals("lexicon entry 'duck' is given twice (with blanks around it once)", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Lexicon.of(Map.of(" ", List.of("NN"))));
        assertEquals("lexicon entry with an empty word", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Lexicon.of(Map.of("duck", List.of("NN", " NN"))));
        assertEquals("lexicon entry 'duck' lists tag 'NN' twice", e.getMessage());
    }

    /** 'duck<TAB>vb' said only that 'vb' is not in the tag set, though the set has 'VB'. */
    @Test
    void aTagInTheWrongCaseIsPointedToTheModelsSpelling() throws IOException {
        org.tagrank.core.LabelSet tags = org.tagrank.core.LabelSet.of("NN", "VB", "-LRB-");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> parse("cat\tNN\nduck\tNN vb\n").resolve(tags));
        assertEquals("lex.tsv:2: lexicon entry 'duck': tag 'vb' is not in the model's tag set (tags are case-sensitive: "
                + "'VB'?)", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> parse("(\t-lrb-\n").resolve(tags));
        assertEquals("lex.tsv:1: lexicon entry '(': tag '-lrb-' is not in the model's tag set (tags are case-sensitive: "
                + "'-LRB-'?)", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> parse("duck\tZZ\n").resolve(tags));
        assertEquals("lex.tsv:1: lexicon entry 'duck': tag 'ZZ' is not in the model's tag set", e.getMessage());
    }

    @Test
    void aTabFollowedByBlanksOnlyHasNoTags() {
        CorpusFormatException e = assertThrows(CorpusFormatException.class, () -> parse("duck\t  \n"));
        assertEquals("lex.tsv:1: expected word<TAB>TAG[ TAG...]", e.getMessage());
        e = assertThrows(CorpusFormatException.class, () -> parse(" \tNN\n"));
        assertEquals("lex.tsv:1: expected word<TAB>TAG[ TAG...]", e.getMessage());
    }
}
