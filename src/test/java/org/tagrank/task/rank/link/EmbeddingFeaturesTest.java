package org.tagrank.task.rank.link;

import org.junit.jupiter.api.Test;
import org.tagrank.feature.WordVectors;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EmbeddingFeaturesTest {
    /** Made-up 3-d vectors: a sport axis, a place axis, a space axis. */
    static final String VECTORS = """
            cycling\t1 0 0
            stage\t0.9 0.1 0
            climb\t0.8 0 0.2
            lance\t0.7 0.1 0.1
            armstrong\t0.5 0.5 0.5
            county\t0 1 0
            pennsylvania\t0.1 0.9 0
            town\t0.1 1 0
            moon\t0 0 1
            neil\t0.1 0 0.8
            f.c.\t0.9 0.3 0
            the\t1 1 1
            """;
    static final LinkCandidate LANCE = new LinkCandidate("Lance_Armstrong", 10.5, 4000, 500);
    static final LinkCandidate COUNTY = new LinkCandidate("Armstrong_County,_Pennsylvania", 11, 2500, 200);
    static final LinkCandidate NEIL = new LinkCandidate("Neil_Armstrong", 12.5, 9000, 300);
    static final LinkCandidate PLAIN = new LinkCandidate("Armstrong", 1, 10, 10);

    static LinkDocument doc(String id, String text, int start, int end, LinkCandidate... cands) {
        List<String> tokens = List.of(text.split(" "));
        String mention = String.join(" ", tokens.subList(start, end));
        LinkMention m = new LinkMention(id, 0, start, end, mention, null, List.of(cands), -1, 0);
        return new LinkDocument(id, tokens, List.of(m));
    }

    /** The vectors of the words of these documents and of a background document with every test word. */
    static LinkEmbeddings embeddings(List<LinkDocument> docs) {
        List<LinkDocument> all = new ArrayList<>(docs);
        all.add(doc("bg", "cycling stage climb lance armstrong county pennsylvania town moon neil F.C.", 0, 1));
        return LinkEmbeddings.fromDocuments(WordVectors.parse(VECTORS, "test"), all);
    }

    @Test
    void theTitleWordsTheMentionDoesNotExplainMeetTheDocument() {
        LinkDocument d = doc("1", "Armstrong won the stage after the climb of the cycling tour", 0, 1, NEIL, COUNTY,
                LANCE, PLAIN);
        EmbeddingFeatures f = new EmbeddingFeatures(d, embeddings(List.of(d)), 0);
        double neil = f.documentCosine(0, 0);
        double county = f.documentCosine(0, 1);
        double lance = f.documentCosine(0, 2);
        assertTrue(lance > 0.9, "lance " + lance);
        assertTrue(lance > neil && lance > county, lance + " " + neil + " " + county);
        assertTrue(Double.isNaN(f.documentCosine(0, 3))); // title = mention: no word left
        assertTrue(Double.isNaN(f.qualifierCosine(0, 0)));
        assertTrue(f.qualifierCosine(0, 1) < 0.3, "qualifier pennsylvania " + f.qualifierCosine(0, 1));
        assertEquals(lance, f.bestWordCosine(0, 2), 1e-6); // one title word: its cosine
        Map<String, Double> lf = features(f, 2);
        assertEquals(0.0, lf.get("emb.doc.gap"), 1e-12);
        assertTrue(lf.containsKey("emb.doc.rank=0"));
        assertTrue(features(f, 1).get("emb.doc.gap") < 0);
        assertTrue(features(f, 1).containsKey("emb.qual"));
        assertEquals(Map.of("emb.empty", 1.0), features(f, 3));
        // a title word without a vector is not the same as no title word
        LinkDocument w = doc("4", "Armstrong won the stage", 0, 1, PLAIN, new LinkCandidate("Armstrong_Whitworth", 1,
                1, 1));
        EmbeddingFeatures g = new EmbeddingFeatures(w, embeddings(List.of(w)), 0);
        assertEquals(Map.of("emb.empty", 1.0), features(g, 0));
        assertEquals(Map.of("emb.oov", 1.0), features(g, 1));
        assertFalse(lf.containsKey("emb.win")); // no window asked for
        Map<String, Double> unseen = new LinkedHashMap<>();
        f.extract(0, 2, true, (name, value) -> unseen.put(name, value));
        assertEquals(2 * lf.size(), unseen.size());
        assertEquals(lance, unseen.get("emb.doc|u"), 1e-6);
        assertTrue(unseen.containsKey("emb.doc.rank=0|u"));
    }

    @Test
    void theTopicWordOfTheHeadlineMeetsTheTitleWordsTheMentionDoesNotExplain() {
        // a results table under a CYCLING headline: the rider's title word meets the topic, the county's does not
        LinkDocument d = doc("5", "CYCLING - RESULTS . Armstrong 1 moon 2", 4, 5, COUNTY, LANCE, PLAIN);
        EmbeddingFeatures f = new EmbeddingFeatures(d, new EmbeddingOptions(embeddings(List.of(d)), 0, false,
                List.of("full", "topic"), false));
        double lance = f.topicCosine(0, 1);
        double county = f.topicCosine(0, 0);
        assertTrue(lance > 0.9 && county < 0.2, lance + " " + county); // lance (0.7 0.1 0.1) against cycling (1 0 0)
        assertTrue(Double.isNaN(f.topicCosine(0, 2))); // title = mention: no word left
        Map<String, Double> lf = features(f, 1);
        assertEquals(lance, lf.get("emb.topic"), 1e-6);
        assertEquals(0.0, lf.get("emb.topic.gap"), 1e-12);
        assertTrue(lf.containsKey("emb.topic.rank=0"));
        assertTrue(features(f, 0).containsKey("emb.topic.rank=1"));
        assertFalse(features(f, 2).containsKey("emb.topic"));
        // without the group, nothing; a headline that starts with the mention has no topic for it
        assertFalse(features(new EmbeddingFeatures(d, embeddings(List.of(d)), 0), 1).containsKey("emb.topic"));
        LinkDocument own = doc("6", "Armstrong wins the stage", 0, 1, LANCE, COUNTY);
        EmbeddingFeatures g = new EmbeddingFeatures(own, new EmbeddingOptions(embeddings(List.of(own)), 0, false,
                List.of("topic"), false));
        assertTrue(Double.isNaN(g.topicCosine(0, 0)));
        assertEquals(Map.of(), features(g, 0));
    }

    @Test
    void theWindowSeesOnlyTheWordsNearTheMention() {
        // the document is mostly about cycling, but the words next to this mention are about a town
        LinkDocument d = doc("2", "cycling stage climb cycling stage climb cycling the town of Armstrong", 10, 11,
                LANCE, COUNTY);
        EmbeddingFeatures f = new EmbeddingFeatures(d, embeddings(List.of(d)), 3);
        assertTrue(f.documentCosine(0, 0) > f.documentCosine(0, 1));
        assertTrue(f.windowCosine(0, 1) > f.windowCosine(0, 0), f.windowCosine(0, 1) + " " + f.windowCosine(0, 0));
        assertTrue(f.windowCosine(0, 1) > 0.99);
    }

    @Test
    void aDocumentWithoutTokensHasNoCosines() {
        LinkDocument d = new LinkDocument("3", List.of(), List.of(new LinkMention("3", 0, -1, -1, "Armstrong", null,
                List.of(LANCE, COUNTY), -1, 0)));
        EmbeddingFeatures f = new EmbeddingFeatures(d, embeddings(List.of(d)), 5);
        assertTrue(Double.isNaN(f.documentCosine(0, 0)));
        assertTrue(Double.isNaN(f.windowCosine(0, 0)));
        assertEquals(Map.of(), features(f, 0));
    }

    @Test
    void vectorsAreKeptForTheDocumentsWordsWithDocumentFrequencies() {
        List<LinkDocument> docs = new ArrayList<>();
        docs.add(doc("1", "Armstrong on the stage", 0, 1, LANCE, COUNTY));
        docs.add(doc("2", "Armstrong on the climb", 0, 1, LANCE));
        docs.add(doc("3", "Rovers F.C. won", 0, 1, new LinkCandidate("Rovers_F.C.", 1, 1, 1)));
        LinkEmbeddings e = LinkEmbeddings.fromDocuments(WordVectors.parse(VECTORS, "test"), docs);
        WordVectors v = e.vectors();
        for (String w : List.of("armstrong", "stage", "climb", "f.c.")) {
            assertTrue(v.row(w) >= 0, w);
        }
        // only in candidate titles: skipped in training as on new text
        for (String w : List.of("lance", "county", "pennsylvania", "moon")) {
            assertEquals(-1, v.row(w), w);
        }
        assertEquals(-1, v.row("cycling"));
        assertEquals(-1, v.row("the")); // a stop word: never looked up
        // armstrong is in two of three documents, stage in one: rarer, heavier
        assertTrue(e.idf(v.row("armstrong")) < e.idf(v.row("stage")));
        LinkEmbeddings back = LinkEmbeddings.parse(e.vectorsText(), e.frequenciesText());
        assertEquals(e.vectorsText(), back.vectorsText());
        assertEquals(e.frequenciesText(), back.frequenciesText());
        for (int r = 0; r < v.size(); r++) {
            assertEquals(e.idf(r), back.idf(back.vectors().row(v.word(r))), 1e-6);
        }
        assertThrows(IllegalArgumentException.class, () -> LinkEmbeddings.parse(e.vectorsText(), "stage\t1\n"));
        IllegalArgumentException x = assertThrows(IllegalArgumentException.class,
                () -> LinkEmbeddings.parse(e.vectorsText(), "#docs\t3\nstage\tone\n"));
        assertTrue(x.getMessage().contains("line 2"), x.getMessage());
    }

    @Test
    void theWholeTableKeepsWordsTheDocumentsLackWithTheHighestIdf() {
        List<LinkDocument> docs = new ArrayList<>();
        docs.add(doc("1", "Armstrong on the stage", 0, 1, LANCE, COUNTY));
        docs.add(doc("2", "Armstrong on the climb", 0, 1, LANCE));
        WordVectors table = WordVectors.parse(VECTORS, "test");
        LinkEmbeddings some = LinkEmbeddings.fromDocuments(table, docs);
        LinkEmbeddings whole = LinkEmbeddings.fromDocuments(table, docs, true);
        assertFalse(some.wholeTable());
        assertTrue(whole.wholeTable());
        assertEquals(-1, some.vectors().row("lance"));
        assertEquals(table.size(), whole.size());
        WordVectors v = whole.vectors();
        // a title word of new text (lance, moon) has a vector; never in a training document, it weighs the most
        for (String w : List.of("lance", "moon", "county")) {
            assertTrue(v.row(w) >= 0, w);
            assertTrue(whole.idf(v.row(w)) > whole.idf(v.row("stage")), w);
        }
        assertEquals(some.frequenciesText(), whole.frequenciesText()); // counts come from the documents either way
        assertEquals(some.idf(some.vectors().row("stage")), whole.idf(v.row("stage")), 0);
        LinkEmbeddings back = LinkEmbeddings.parse(whole.vectorsText(), whole.frequenciesText(), true);
        assertTrue(back.wholeTable());
        assertEquals(whole.vectorsText(), back.vectorsText());
        // a candidate whose title words only the whole table knows gets cosines instead of emb.oov
        LinkDocument d = doc("3", "Armstrong won the stage after the climb", 0, 1, LANCE, NEIL);
        assertEquals(Map.of("emb.oov", 1.0), features(new EmbeddingFeatures(d, some, 0), 0));
        assertTrue(features(new EmbeddingFeatures(d, whole, 0), 0).containsKey("emb.doc"));
    }

    @Test
    void tokensAreLookedUpWholeThenByTheirWords() {
        LinkEmbeddings e = embeddings(List.of(doc("1", "Rovers F.C. ( Pennsylvania ) the", 0, 1,
                new LinkCandidate("Rovers_F.C.", 1, 1, 1))));
        it.unimi.dsi.fastutil.ints.IntArrayList rows = new it.unimi.dsi.fastutil.ints.IntArrayList();
        e.rows("F.C.", rows);
        e.rows("(Pennsylvania),", rows);
        e.rows("the", rows); // a stop word
        e.rows("x", rows);
        assertEquals(List.of(e.vectors().row("f.c."), e.vectors().row("pennsylvania")), rows);
        assertEquals("f.c.", LinkEmbeddings.trimmed("(F.C.),"));
    }

    @Test
    void theFullTitleIsDefinedForEveryCandidateWithAKnownWordAndCentringChangesTheCosines() {
        LinkDocument d = doc("1", "Armstrong won the stage after the climb of the cycling tour", 0, 1, NEIL, LANCE,
                PLAIN);
        LinkEmbeddings e = embeddings(List.of(d));
        EmbeddingFeatures f = new EmbeddingFeatures(d, new EmbeddingOptions(e, 0, false, List.of("full"), false));
        assertTrue(f.fullTitleCosine(0, 1) > f.fullTitleCosine(0, 0));
        assertTrue(f.fullTitleCosine(0, 2) > 0); // "armstrong" alone: defined, unlike the title words left over
        assertTrue(Double.isNaN(f.documentCosine(0, 2)));
        assertTrue(features(f, 2).containsKey("emb.full"));
        assertTrue(features(f, 2).containsKey("emb.empty"));
        EmbeddingFeatures g = new EmbeddingFeatures(d, new EmbeddingOptions(e, 0, false, List.of("full"), true));
        assertTrue(Math.abs(g.fullTitleCosine(0, 2) - f.fullTitleCosine(0, 2)) > 1e-3);
        WordVectors c = WordVectors.parse("a\t1 2\nb\t3 2\n", "t").centered();
        assertEquals(-1f, c.dot(c.row("a"), new float[]{1, 0}), 1e-6);
        assertEquals(0f, c.dot(c.row("b"), new float[]{0, 1}), 1e-6);
    }

    @Test
    void onlyTheChosenGroupsAreEmitted() {
        LinkDocument d = doc("1", "Armstrong won the stage after the climb of the cycling tour", 0, 1, NEIL, COUNTY);
        LinkEmbeddings e = embeddings(List.of(d));
        EmbeddingFeatures f = new EmbeddingFeatures(d, new EmbeddingOptions(e, 0, false, List.of("qual"), false));
        assertEquals(java.util.Set.of("emb.qual", "emb.qual.gap", "emb.qual.rank=0"), features(f, 1).keySet());
        assertEquals(Map.of(), features(f, 0)); // no qualifier
        assertEquals(List.of("doc", "win"), EmbeddingOptions.parseGroups(" doc, win"));
        assertEquals(EmbeddingOptions.DEFAULT, EmbeddingOptions.parseGroups(""));
        assertEquals(List.of("full"), new EmbeddingOptions(e, 0).groups());
        IllegalArgumentException x = assertThrows(IllegalArgumentException.class,
                () -> new EmbeddingOptions(e, 0, false, List.of("doc", "title"), false));
        assertTrue(x.getMessage().contains("'title'"), x.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new EmbeddingOptions(e, -1));
    }

    private static Map<String, Double> features(EmbeddingFeatures f, int c) {
        Map<String, Double> out = new LinkedHashMap<>();
        f.extract(0, c, (name, value) -> out.put(name, value));
        return out;
    }
}
