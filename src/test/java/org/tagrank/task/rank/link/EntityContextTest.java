package org.tagrank.task.rank.link;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EntityContextTest {
    private static final LinkCandidate LANCE = new LinkCandidate("Lance_Armstrong", 10.5, 4000, 500);
    private static final LinkCandidate NEIL = new LinkCandidate("Neil_Armstrong", 12.5, 9000, 300);
    private static final LinkCandidate TEAM = new LinkCandidate("Ruritania_national_football_team", 9, 800, 50);
    private static final LinkCandidate COUNTRY = new LinkCandidate("Ruritania", 12, 5000, 100);

    private static LinkDocument doc(String id, String text, String mention, LinkCandidate gold, LinkCandidate... cands) {
        List<LinkCandidate> cs = List.of(cands);
        LinkMention m = new LinkMention(id, 0, -1, -1, mention, gold == null ? null : gold.title(), cs,
                gold == null ? -1 : cs.indexOf(gold), 0);
        return new LinkDocument(id, List.of(text.split(" ")), List.of(m));
    }

    private static List<LinkDocument> train() {
        List<LinkDocument> out = new ArrayList<>();
        out.add(doc("1", "cycling stage climb Tour yellow jersey", "Armstrong", LANCE, NEIL, LANCE));
        out.add(doc("2", "cycling mountain stage climb sprint", "Armstrong", LANCE, NEIL, LANCE));
        out.add(doc("3", "moon landing astronaut Apollo", "Armstrong", NEIL, NEIL, LANCE));
        for (int i = 0; i < 3; i++) { // three documents of a team: its pattern class gets a bag
            out.add(doc("t" + i, "soccer match goal striker scored", "Ruritania", TEAM, COUNTRY, TEAM));
        }
        out.add(doc("x", "parliament election minister", "Ruritania", COUNTRY, COUNTRY, TEAM));
        return out;
    }

    @Test
    void documentWordsAreStemmedCaseFoldedAndStopwordFree() {
        assertEquals(java.util.Set.of("rider", "climb", "stag"), EntityContext.words(List.of("The", "RIDERS", "climbs",
                "of", "stages", "2-1", "on")));
    }

    @Test
    void theBagOfTheEntityWhoseDocumentsShareTheWordsScoresHigher() {
        EntityContext ec = EntityContext.fromDocuments(train(), 100);
        EntityContext.View v = ec.view(doc("new", "stage climb cycling", "Armstrong", null, NEIL, LANCE), false);
        assertTrue(v.entity("Lance_Armstrong") > 0.3, "cosine " + v.entity("Lance_Armstrong"));
        assertEquals(0.0, v.entity("Neil_Armstrong"), 1e-12);
        assertTrue(Double.isNaN(v.entity("Armstrong_County,_Pennsylvania"))); // never linked: no bag
        assertEquals(2, v.docs("Lance_Armstrong"));
        assertEquals(0, v.docs("Nobody"));
    }

    @Test
    void leavingTheDocumentOutRemovesItsOwnCounts() {
        EntityContext ec = EntityContext.fromDocuments(train(), 100);
        LinkDocument moon = train().get(2);
        // Neil_Armstrong is linked in this document only: left out, it has no bag
        assertEquals(1, ec.view(moon, false).docs("Neil_Armstrong"));
        assertEquals(0, ec.view(moon, true).docs("Neil_Armstrong"));
        assertTrue(Double.isNaN(ec.view(moon, true).entity("Neil_Armstrong")));
        assertEquals(1.0, ec.view(moon, false).entity("Neil_Armstrong"), 1e-9);
        // Lance's bag keeps the other document's counts
        LinkDocument first = train().get(0);
        double in = ec.view(first, false).entity("Lance_Armstrong");
        double out = ec.view(first, true).entity("Lance_Armstrong");
        assertTrue(out < in && out > 0, in + " " + out);
    }

    @Test
    void patternClassBagsNeedThreeDocuments() {
        EntityContext ec = EntityContext.fromDocuments(train(), 100);
        LinkDocument d = doc("new", "goal striker", "Ruritania", null, COUNTRY, TEAM);
        assertTrue(ec.view(d, false).pattern("* national football team") > 0.5);
        assertTrue(Double.isNaN(ec.view(d, false).pattern("* cathedral")));
        assertTrue(Double.isNaN(ec.view(d, false).pattern(null)));
        List<LinkDocument> two = new ArrayList<>(train().subList(0, 5));
        assertTrue(Double.isNaN(EntityContext.fromDocuments(two, 100).view(d, false).pattern("* national football team")));
    }

    @Test
    void bagsArePrunedToTopN() {
        EntityContext one = EntityContext.fromDocuments(train(), 1);
        String f = one.format();
        for (String line : f.split("\n")) {
            if (line.startsWith("b\t")) {
                assertEquals(1, line.split("\t")[3].split(" ").length, line);
            }
        }
        assertThrows(IllegalArgumentException.class, () -> EntityContext.fromDocuments(train(), 0));
    }

    @Test
    void formatAndParseRoundTrip() {
        EntityContext ec = EntityContext.fromDocuments(train(), 100);
        EntityContext back = EntityContext.parse(ec.format());
        assertEquals(ec.format(), back.format());
        assertEquals(ec.size(), back.size());
        LinkDocument d = doc("new", "stage climb cycling moon", "Armstrong", null, NEIL, LANCE);
        assertEquals(ec.view(d, false).entity("Lance_Armstrong"), back.view(d, false).entity("Lance_Armstrong"), 1e-6);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> EntityContext.parse("w\tclimb\t1.0\nb\tX\t1\tclimb:1 nope:2\n"));
        assertTrue(e.getMessage().contains("line 2"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> EntityContext.parse("w\tclimb\tx\n"));
        assertThrows(IllegalArgumentException.class, () -> EntityContext.parse("q\tclimb\n"));
    }

    @Test
    void contextFeaturesRankTheCandidatesAndBackOffToThePatternClass() {
        EntityContext ec = EntityContext.fromDocuments(train(), 100);
        LinkDocument d = doc("new", "stage climb cycling", "Armstrong", null, NEIL, LANCE,
                new LinkCandidate("Armstrong_County,_Pennsylvania", 11, 2500, 200));
        String[][] patterns = {{"neil *", "lance *", "* county pennsylvania"}};
        ContextFeatures f = new ContextFeatures(d, ec.view(d, false), patterns);
        java.util.Map<String, Double> lance = new java.util.HashMap<>();
        f.extract(0, 1, lance::put);
        assertEquals(1.0, lance.get("ectx.rank=0"));
        assertTrue(lance.get("ectx.cos") > 0.3);
        assertEquals(0.0, lance.get("ectx.gap"), 1e-12);
        java.util.Map<String, Double> neil = new java.util.HashMap<>();
        f.extract(0, 0, neil::put);
        assertEquals(1.0, neil.get("ectx.rank=1"));
        assertTrue(neil.get("ectx.gap") < 0);
        java.util.Map<String, Double> county = new java.util.HashMap<>();
        f.extract(0, 2, county::put);
        assertEquals(java.util.Set.of("ectx.unseen"), county.keySet());

        LinkDocument t = doc("new2", "goal striker", "Ruritania", null, COUNTRY, TEAM,
                new LinkCandidate("Ruritania_national_rugby_team", 5, 100, 10));
        String[][] tp = {{null, "* national football team", "* national rugby team"}};
        java.util.Map<String, Double> rugby = new java.util.HashMap<>();
        new ContextFeatures(t, ec.view(t, false), tp).extract(0, 2, rugby::put);
        assertEquals(java.util.Set.of("ectx.unseen"), rugby.keySet()); // no bag of its class either
        java.util.Map<String, Double> team = new java.util.HashMap<>();
        new ContextFeatures(t, ec.view(t, false), tp).extract(0, 1, team::put);
        assertTrue(team.containsKey("ectx.cos") && team.containsKey("ectx.rank=0"), team.toString());
    }

    @Test
    void ranksIgnoreUndefinedScores() {
        double[] xs = {0.2, Double.NaN, 0.5, 0.2};
        assertEquals(1, ContextFeatures.rank(xs, 0));
        assertEquals(-1, ContextFeatures.rank(xs, 1));
        assertEquals(0, ContextFeatures.rank(xs, 2));
        assertEquals(0.5, ContextFeatures.max(xs));
        assertTrue(Double.isNaN(ContextFeatures.max(new double[]{Double.NaN})));
    }
}
