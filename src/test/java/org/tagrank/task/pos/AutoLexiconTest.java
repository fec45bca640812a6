package org.tagrank.task.pos;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class AutoLexiconTest {
    /** Toy auto-tagged sentences (written for this test). */
    static final List<String> TAGGED = List.of(
            "I_PRP like_VBP the_DT Apple_NNP phone_NN ._.",
            "The_DT phone_NN is_VBZ like_IN a_DT brick_NN ._.",
            "We_PRP like_VBP apple_NN pie_NN ._.",
            "They_PRP phone_VBP Apple_NNP daily_RB ._.",
            "Apple_NNP sells_VBZ phones_NNS ._.",
            "the_DT phone_NN rang_VBD ._.");

    static AutoLexicon.Builder fill(AutoLexicon.Builder b, List<String> lines) {
        for (String line : lines) {
            List<String> w = new ArrayList<>();
            List<String> t = new ArrayList<>();
            for (String tok : line.split(" ")) {
                int cut = tok.lastIndexOf('_');
                w.add(tok.substring(0, cut));
                t.add(tok.substring(cut + 1));
            }
            b.add(w, t);
        }
        return b;
    }

    @Test
    void tagsAreTheFrequentAutoTagsBestFirst() {
        AutoLexicon lex = fill(AutoLexicon.builder(), TAGGED).build(2);
        // phone: NN x3, VBP x1 (25% >= 20% share)
        assertEquals("NN|VBP", lex.tags("phone"));
        assertEquals("NN", lex.topTag("phone"));
        // like: VBP x2, IN x1
        assertEquals("VBP|IN", lex.tags("like"));
        // seen once: below minCount
        assertEquals(AutoLexicon.NONE, lex.tags("brick"));
        assertEquals(AutoLexicon.NONE, lex.topTag("never-seen"));
    }

    @Test
    void tagsCanSayWhetherTheTaggerKnewTheWord() {
        AutoLexicon lex = fill(AutoLexicon.builder(), TAGGED).build(2, w -> w.equals("like"));
        assertEquals("k:VBP|IN", lex.tags("like"));
        assertEquals("u:NN", lex.topTag("phone"));
    }

    @Test
    void capitalisationCountsOnlyMidSentenceLetters() {
        AutoLexicon lex = fill(AutoLexicon.builder(), TAGGED).build(2);
        // "apple": mid-sentence Apple, apple, Apple (sentence-initial Apple ignored): 2 of 3
        assertEquals("c2", lex.capitalisation("apple"));
        assertEquals("c2", lex.capitalisation("APPLE"));
        // "phone": 4 mid-sentence lowercase occurrences
        assertEquals("c0", lex.capitalisation("Phone"));
        // "the": sentence-initial "The" is not counted; one mid-sentence occurrence < minCount 2
        assertEquals(AutoLexicon.NONE, lex.capitalisation("the"));
        assertEquals("f2", lex.frequency("PHONE")); // 4 mid-sentence occurrences
        assertEquals("f1", lex.frequency("Apple"));
        assertEquals("s", lex.morphology("phones")); // "phone" seen mid-sentence
        assertEquals("=", lex.morphology("Phone"));
        assertEquals(AutoLexicon.NONE, lex.morphology("bricks")); // "brick" seen once, below minCount
        assertEquals(AutoLexicon.NONE, lex.morphology("phoning")); // strips to "phon": unseen
    }

    @Test
    void morphologyStripsTheFirstMatchingSuffix() {
        AutoLexicon lex = fill(AutoLexicon.builder(), List.of("a_DT walk_NN here_RB ._.", "a_DT walk_NN there_RB ._.")).build(2);
        assertEquals("ing", lex.morphology("walking"));
        assertEquals("ed", lex.morphology("Walked"));
        assertEquals("s", lex.morphology("walks"));
        assertEquals(AutoLexicon.NONE, lex.morphology("talks"));
        assertEquals(AutoLexicon.NONE, lex.frequency("the"));
    }

    @Test
    void buildingIsDeterministicAndFormatRoundTrips() {
        List<String> shuffled = new ArrayList<>(TAGGED);
        Collections.reverse(shuffled);
        AutoLexicon a = fill(AutoLexicon.builder(), TAGGED).source("file0", "x.txt").build(2);
        AutoLexicon b = fill(AutoLexicon.builder(), shuffled).source("file0", "x.txt").build(2);
        assertEquals(a.format(), b.format());
        AutoLexicon c = AutoLexicon.parse(a.format());
        assertEquals(a.format(), c.format());
        assertEquals("x.txt", c.sources().get("file0"));
        assertEquals("31", c.sources().get("tokens"));
        assertEquals(a.size(), c.size());
    }

    @Test
    void badAttachmentLinesAreRejectedWithTheirNumber() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> AutoLexicon.parse("#minCount=2\nt\tword\tNN\n"));
        assertEquals("autolex line 2: expected 4 columns", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> AutoLexicon.parse("c\tword\tmany\t1\n"));
        assertThrows(IllegalArgumentException.class, () -> AutoLexicon.builder().build(0));
        e = assertThrows(IllegalArgumentException.class, () -> AutoLexicon.parse("c\tword\t3\t1\nc\tword\t4\t1\n"));
        assertEquals("form 'word' has capitalisation statistics twice", e.getMessage());
    }

    @Test
    void parsedStatisticsAreTheWrittenOnes() {
        AutoLexicon lex = AutoLexicon.parse("#minCount=2\nc\tapple\t3\t2\nc\tpie\t4\t0\n");
        assertEquals("#minCount=2\nc\tapple\t3\t2\nc\tpie\t4\t0\n", lex.format());
        assertEquals(AutoLexicon.parse("c\tpie\t4\t0\nc\tapple\t3\t2\n").format().lines().skip(1).toList(),
                lex.format().lines().skip(1).toList(), "lines are written sorted whatever their order in the file");
    }
}
