package org.tagrank.task.rank.link;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CorefTypeFeaturesTest {
    private static final LinkCandidate LANCE = new LinkCandidate("Lance_Armstrong", 10.5, 4000, 500);
    private static final LinkCandidate NEIL = new LinkCandidate("Neil_Armstrong", 12.5, 9000, 300);
    private static final LinkCandidate COUNTY = new LinkCandidate("Armstrong_County,_Pennsylvania", 11, 2500, 200);
    private static final LinkCandidate UNITED = new LinkCandidate("Strelsau_United_F.C.", 8, 300, 40);
    private static final LinkCandidate CITY = new LinkCandidate("Strelsau", 10, 2000, 90);

    private static CorefFeatures coref(LinkDocument d, AliasPrior prior) {
        List<List<String>> words = new ArrayList<>();
        String[] keys = new String[d.mentions().size()];
        int[] top = new int[keys.length];
        for (int i = 0; i < keys.length; i++) {
            words.add(TitleWords.words(d.mentions().get(i).text()));
            keys[i] = AliasPrior.key(d.mentions().get(i).text());
            top[i] = -1;
        }
        top[0] = 0; // "Lance Armstrong": its prior's top is its only candidate
        return new CorefFeatures(d, words, keys, prior.lookup(d, false), top);
    }

    private static LinkDocument doc() {
        return new LinkDocument("d", List.of(), List.of(
                LinkMention.of("d", 0, "Lance Armstrong", List.of(LANCE)),
                LinkMention.of("d", 1, "Armstrong", List.of(NEIL, COUNTY, LANCE)),
                LinkMention.of("d", 2, "Strelsau", List.of(CITY, UNITED)),
                LinkMention.of("d", 3, "Strelsau United", List.of(UNITED)),
                LinkMention.of("d", 4, "Lance", List.of(LANCE, NEIL)),
                LinkMention.of("d", 5, "Strelsau", List.of(CITY, UNITED))));
    }

    @Test
    void theAntecedentIsTheNearestEarlierLongerMentionStartingOrEndingWithTheWords() {
        CorefFeatures f = coref(doc(), AliasPrior.empty());
        assertEquals(-1, f.antecedent(0));
        assertEquals(0, f.antecedent(1)); // suffix
        assertEquals(-1, f.antecedent(2)); // the longer "Strelsau United" comes later
        assertEquals(-1, f.antecedent(3));
        assertEquals(0, f.antecedent(4)); // prefix
        assertEquals(3, f.antecedent(5));
    }

    @Test
    void aCandidateTakesTheAntecedentsEvidence() {
        LinkDocument train = new LinkDocument("t", List.of(), List.of(new LinkMention("t", 0, -1, -1,
                "Lance Armstrong", "Lance_Armstrong", List.of(LANCE), 0, 0)));
        CorefFeatures f = coref(doc(), AliasPrior.fromDocuments(List.of(train)));
        Map<String, Double> lance = new HashMap<>();
        f.extract(1, 2, lance::put);
        assertEquals(Map.of("cr.has|suf", 1.0, "cr.prior|suf", 1.0, "cr.top|suf", 1.0, "cr.ranks=0,0|suf", 1.0), lance);
        Map<String, Double> neil = new HashMap<>();
        f.extract(1, 0, neil::put);
        assertEquals(Map.of("cr.absent|suf", 1.0), neil);
        Map<String, Double> none = new HashMap<>();
        f.extract(2, 1, none::put);
        assertTrue(none.isEmpty());
        Map<String, Double> club = new HashMap<>();
        f.extract(5, 1, club::put);
        assertTrue(club.containsKey("cr.has|pre") && !club.containsKey("cr.prior|pre"), club.toString());
    }

    @Test
    void mentionShapes() {
        assertEquals("1u", TypeFeatures.shape("BRUSSELS", TitleWords.words("BRUSSELS")));
        assertEquals("1ua", TypeFeatures.shape("NATO", TitleWords.words("NATO")));
        assertEquals("2u", TypeFeatures.shape("U.N.", TitleWords.words("U.N."))); // two words: no acronym flag
        assertEquals("1md", TypeFeatures.shape("German", TitleWords.words("German")));
        assertEquals("2m", TypeFeatures.shape("Lance Armstrong", TitleWords.words("Lance Armstrong")));
        assertEquals("3m", TypeFeatures.shape("Tour de France", TitleWords.words("Tour de France")));
        assertFalse(TypeFeatures.shape("Armstrong", TitleWords.words("Armstrong")).endsWith("d"));
    }

    @Test
    void candidateKinds() {
        List<String> w = TitleWords.words("Ruritania");
        String team = "Ruritania_national_football_team";
        assertEquals("team", TypeFeatures.kind(LinkPatterns.pattern(team, w), TitleWords.parts(team), w));
        assertEquals("=", TypeFeatures.kind(null, TitleWords.parts("Ruritania"), w));
        assertEquals("q:band", TypeFeatures.kind(null, TitleWords.parts("Zenda_(band)"), w));
        assertEquals("-", TypeFeatures.kind(null, TitleWords.parts("Zenda"), w));
        Map<String, Double> out = new HashMap<>();
        TypeFeatures.emit("1m", LinkPatterns.pattern(team, w), TitleWords.parts(team), w, out::put);
        assertEquals(Map.of("ty=1m|team", 1.0), out);
    }
}
