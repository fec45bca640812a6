package org.tagrank.task.rank.link;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EntityCoocTest {
    private static LinkCandidate cand(String title) {
        return new LinkCandidate(title, 1, 10, 10);
    }

    /** A document whose i-th mention has text {@code texts[i]}, gold {@code golds[i]} (null: unknown) and these candidates. */
    private static LinkDocument doc(String id, String[] texts, String[] golds, List<List<String>> cands) {
        List<LinkMention> ms = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            List<LinkCandidate> cs = cands.get(i).stream().map(EntityCoocTest::cand).toList();
            int g = golds[i] == null ? -1 : cands.get(i).indexOf(golds[i]);
            ms.add(new LinkMention(id, i, -1, -1, texts[i], golds[i], cs, g, cs.size()));
        }
        return new LinkDocument(id, List.of(), ms);
    }

    private static LinkDocument golds(String id, String... golds) {
        String[] texts = new String[golds.length];
        List<List<String>> cands = new ArrayList<>();
        for (int i = 0; i < golds.length; i++) {
            texts[i] = "m" + golds[i];
            cands.add(List.of(golds[i]));
        }
        return doc(id, texts, golds, cands);
    }

    /** X is linked in three documents, Y in two (both with X), Z and W once each (with X). */
    private static List<LinkDocument> train() {
        return List.of(golds("a", "X", "Y", "Z"), golds("b", "X", "Y", "X"), golds("c", "X", "W"));
    }

    @Test
    void countsDocumentsAndLeavesTheOwnDocumentOut() {
        EntityCooc co = EntityCooc.fromDocuments(train(), 1);
        assertEquals(4, co.size());
        assertEquals(4, co.pairs()); // XY, XZ, YZ, XW
        LinkDocument b = train().get(1);
        EntityCooc.View whole = co.view(b, false);
        EntityCooc.View out = co.view(b, true);
        int x = whole.id("X");
        int y = whole.id("Y");
        int z = whole.id("Z");
        assertEquals(-1, whole.id("Nobody"));
        assertEquals(3, whole.docs(x));
        assertEquals(2, out.docs(x)); // the repeat of X in b counts once
        assertEquals(2, whole.pair(x, y));
        assertEquals(1, out.pair(x, y));
        assertEquals(out.pair(x, y), out.pair(y, x));
        assertEquals(0, out.pair(x, x));
        assertEquals(0, out.pair(x, -1));
        assertEquals(3, whole.total());
        assertEquals(2, out.total());
        // Z is linked in document a only: left out there it is unknown and so are its pairs
        EntityCooc.View a = co.view(train().get(0), true);
        assertEquals(0, a.docs(z));
        assertEquals(0, a.pair(x, z));
        assertEquals(1, co.view(train().get(0), false).pair(x, z));
    }

    @Test
    void theThresholdAppliesToWhatIsLeftAfterLeavingOut() {
        EntityCooc co = EntityCooc.fromDocuments(train(), 2);
        assertEquals(1, co.pairs()); // XY only
        LinkDocument b = train().get(1);
        EntityCooc.View whole = co.view(b, false);
        assertEquals(2, whole.pair(whole.id("X"), whole.id("Y")));
        // one other document is under the threshold: on training data it looks as a one-document pair on new text
        assertEquals(0, co.view(b, true).pair(whole.id("X"), whole.id("Y")));
        assertEquals(0, whole.pair(whole.id("X"), whole.id("Z")));
    }

    @Test
    void formatRoundTripsAndBadInputNamesTheLine() {
        EntityCooc co = EntityCooc.fromDocuments(train(), 1);
        String text = co.format();
        EntityCooc back = EntityCooc.parse(text);
        assertEquals(text, back.format());
        assertEquals(co.size(), back.size());
        assertEquals(co.pairs(), back.pairs());
        EntityCooc.View v = back.view(train().get(1), true);
        assertEquals(1, v.pair(v.id("X"), v.id("Y")));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> EntityCooc.parse(text + "p\t0\tx\t1\n"))
                .getMessage().contains("line"));
        assertThrows(IllegalArgumentException.class, () -> EntityCooc.parse(text + "p\t3\t1\t1\n"));
        assertThrows(IllegalArgumentException.class, () -> EntityCooc.parse("e\tX\t1\n"));
        assertThrows(IllegalArgumentException.class, () -> EntityCooc.fromDocuments(train(), 0));
    }

    @Test
    void titlesWithACharacterBelowTheTabRoundTrip() {
        // "A" < "A\u0001" as titles, but "e\tA\u0001\t1" < "e\tA\t1" as lines
        EntityCooc co = EntityCooc.fromDocuments(List.of(golds("a", "A", "A\u0001"), golds("b", "A")), 1);
        EntityCooc back = EntityCooc.parse(co.format());
        assertEquals(co.format(), back.format());
        EntityCooc.View v = back.view(golds("new", "A"), false);
        assertEquals(2, v.docs(v.id("A")));
        assertEquals(1, v.pair(v.id("A"), v.id("A\u0001")));
    }

    @Test
    void countsNoTableOfDocumentsCanHoldAreAModelError() {
        // X: 3 documents, Y: 2, W: 1, Z: 1 of n=3; ids by title W=0 X=1 Y=2 Z=3; pairs 0-1, 1-2, 1-3, 2-3
        String text = EntityCooc.fromDocuments(train(), 1).format();
        assertTrue(text.contains("p\t1\t2\t2\n"), text);
        // each of these used to load, and the first failed only at link time (co.pmi = log 0, exit 2 as bad data)
        Map<String, String> bad = new LinkedHashMap<>();
        bad.put(text.replace("n\t3\n", "n\t0\n"), "entity 'W' in 1 documents, not 1 to the 0");
        bad.put(text.replace("e\tW\t1\n", "e\tW\t0\n"), "entity 'W' in 0 documents");
        bad.put(text.replace("p\t1\t2\t2\n", "p\t1\t2\t3\n"), "pair count 3, not between 1 (the m line) and 2");
        bad.put(text.replace("m\t1\n", "m\t3\n"), "pair count 1, not between 3 (the m line)");
        bad.put(text + "p\t1\t2\t1\n", "pair 1 2 twice");
        bad.put(text + "n\t3\n", "a second n line");
        for (Map.Entry<String, String> e : bad.entrySet()) {
            String msg = assertThrows(IllegalArgumentException.class, () -> EntityCooc.parse(e.getKey())).getMessage();
            assertTrue(msg.contains(e.getValue()), msg);
        }
    }

    /** Two documents of a richer training set with every pair of entities ambiguous between mentions. */
    private static List<LinkDocument> richer() {
        List<List<String>> cands = List.of(List.of("X", "Y", "Q"), List.of("Y", "Z"), List.of("W", "X", "Z"),
                List.of("Z", "Q"));
        String[] texts = {"Ex", "Why", "Dub", "Zed"};
        List<LinkDocument> out = new ArrayList<>(train());
        out.add(doc("d", texts, new String[]{"X", "Z", "W", null}, cands));
        out.add(doc("e", texts, new String[]{"Y", "Y", "X", "Q"}, cands));
        out.add(doc("f", texts, new String[]{"X", "Z", "Z", "Z"}, cands));
        out.add(doc("g", texts, new String[]{"Q", null, "W", "Q"}, cands));
        return out;
    }

    @Test
    void aTrainingDocumentLeftOutGetsTheFeaturesOfATableWithoutIt() {
        // the leave-out is right when a training document's features are those it would get as new text, linked with
        // a table made from the other documents; every document of the set, both thresholds
        List<LinkDocument> docs = richer();
        for (int min = 1; min <= 2; min++) {
            EntityCooc all = EntityCooc.fromDocuments(docs, min);
            for (int d = 0; d < docs.size(); d++) {
                LinkDocument doc = docs.get(d);
                List<LinkDocument> rest = new ArrayList<>(docs);
                rest.remove(d);
                EntityCooc without = EntityCooc.fromDocuments(rest, min);
                int n = doc.mentions().size();
                String[] keys = new String[n];
                int[] likely = new int[n];
                for (int i = 0; i < n; i++) {
                    keys[i] = AliasPrior.key(doc.mentions().get(i).text());
                    likely[i] = (i + d) % doc.mentions().get(i).candidates().size();
                }
                CoocFeatures left = new CoocFeatures(doc, all.view(doc, true), keys, likely);
                CoocFeatures asNew = new CoocFeatures(doc, without.view(doc, false), keys, likely);
                assertEquals(without.view(doc, false).total(), all.view(doc, true).total());
                for (int j = 0; j < n; j++) {
                    for (int c = 0; c < doc.mentions().get(j).candidates().size(); c++) {
                        assertEquals(features(asNew, j, c), features(left, j, c),
                                "min " + min + ", document " + doc.id() + ", mention " + j + ", candidate " + c);
                    }
                }
            }
        }
    }

    private static Map<String, Double> features(CoocFeatures f, int j, int c) {
        Map<String, Double> out = new LinkedHashMap<>();
        f.extract(j, c, out::put);
        return out;
    }

    @Test
    void theCandidateRelatedToTheOtherMentionsLinksRanksFirst() {
        EntityCooc co = EntityCooc.fromDocuments(train(), 1);
        // "Why" has Y (related to X) and Q (never linked); "Ex" has X only
        LinkDocument d = doc("new", new String[]{"Why", "Ex"}, new String[]{null, null},
                List.of(List.of("Q", "Y", "W2"), List.of("X")));
        String[] keys = {AliasPrior.key("Why"), AliasPrior.key("Ex")};
        CoocFeatures f = new CoocFeatures(d, co.view(d, false), keys, new int[]{0, 0});
        Map<String, Double> y = features(f, 0, 1);
        assertEquals(1.0, y.get("co.lik.frac"), 1e-12);
        assertEquals(1.0, y.get("co.cand.frac"), 1e-12);
        assertTrue(y.containsKey("co.rank=0"), y.toString());
        assertEquals(0.0, y.get("co.gap"), 1e-12);
        assertEquals(2 / 3.0, y.get("co.cond"), 1e-12); // Y with X in 2 of X's 3 documents
        assertEquals(Map.of("co.unseen", 1.0), features(f, 0, 0));
    }

    @Test
    void aDocumentWithOneSurfaceStringGetsNoFeature() {
        EntityCooc co = EntityCooc.fromDocuments(train(), 1);
        LinkDocument d = doc("new", new String[]{"Why", "why"}, new String[]{null, null},
                List.of(List.of("Q", "Y"), List.of("X", "Y")));
        String[] keys = {AliasPrior.key("Why"), AliasPrior.key("why")};
        CoocFeatures f = new CoocFeatures(d, co.view(d, false), keys, new int[]{1, 0});
        for (int c = 0; c < 2; c++) {
            assertTrue(features(f, 0, c).isEmpty());
            assertTrue(features(f, 1, c).isEmpty());
        }
    }
}
