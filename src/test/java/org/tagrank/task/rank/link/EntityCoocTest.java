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
