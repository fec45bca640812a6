package org.tagrank.task.rank.link;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SportsFeaturesTest {
    private static String kind(String title, String mention) {
        List<String> w = TitleWords.words(mention);
        return SportsFeatures.kind(title, w, LinkPatterns.pattern(title, w));
    }

    @Test
    void kindsOfTitles() {
        assertEquals(SportsFeatures.NATIONAL, kind("Ruritania_national_football_team", "Ruritania"));
        assertEquals(SportsFeatures.NATIONAL, kind("Ruritania_Fed_Cup_team", "RURITANIA"));
        assertEquals(SportsFeatures.NATIONAL, kind("Ruritania_national_football_team", "Ruritanian"));
        assertEquals(SportsFeatures.CLUB, kind("Strelsau_F.C.", "Strelsau"));
        assertEquals(SportsFeatures.CLUB, kind("FC_Strelsau", "Strelsau"));
        assertEquals(SportsFeatures.CLUB, kind("Strelsau_Rugby", "Strelsau"));
        assertEquals(SportsFeatures.SAME, kind("Strelsau", "Strelsau"));
        assertEquals(SportsFeatures.PATTERN, kind("Strelsau_(city)", "Strelsau")); // the qualifier is part of the pattern
        assertEquals(SportsFeatures.PATTERN, kind("Strelsau_Cathedral", "Strelsau"));
        assertEquals(SportsFeatures.OTHER, kind("Zenda_Castle", "Strelsau"));
    }

    @Test
    void scoreTokens() {
        assertTrue(SportsFeatures.isScore("2-1"));
        assertTrue(SportsFeatures.isScore("15-10"));
        assertFalse(SportsFeatures.isScore("1996-08-30"));
        assertFalse(SportsFeatures.isScore("100-1"));
        assertFalse(SportsFeatures.isScore("2-"));
        assertFalse(SportsFeatures.isScore("a-b"));
        assertFalse(SportsFeatures.isScore("-1"));
    }

    @Test
    void teamShareLeavesTheMentionItselfOut() {
        LinkCandidate country = new LinkCandidate("Ruritania", 12, 5000, 100);
        LinkCandidate team = new LinkCandidate("Ruritania_national_football_team", 9, 800, 50);
        LinkCandidate club = new LinkCandidate("Strelsau_F.C.", 8, 300, 40);
        LinkCandidate city = new LinkCandidate("Strelsau", 10, 2000, 90);
        List<LinkMention> ms = List.of(
                LinkMention.of("d", 0, "Ruritania", List.of(country, team)),
                LinkMention.of("d", 1, "Strelsau", List.of(city, club)),
                LinkMention.of("d", 2, "Strelsau", List.of(city, club)));
        LinkDocument doc = new LinkDocument("d", List.of("Ruritania", "2-1", "Strelsau", "3-0", "Strelsau"), ms);
        List<List<String>> words = new ArrayList<>();
        String[][] patterns = new String[3][];
        for (int i = 0; i < 3; i++) {
            words.add(TitleWords.words(ms.get(i).text()));
            patterns[i] = new String[2];
            for (int k = 0; k < 2; k++) {
                patterns[i][k] = LinkPatterns.pattern(ms.get(i).candidates().get(k).title(), words.get(i));
            }
        }
        // mentions 1 and 2 likely link to the club, mention 0 to the country
        SportsFeatures f = new SportsFeatures(doc, words, patterns, new int[] {0, 1, 1});
        List<String> got = new ArrayList<>();
        f.extract(0, 1, (name, value) -> got.add(name));
        assertEquals(List.of("sp.kind=nat|ts=hi", "sp.kind=nat|ts=hi|sc=1"), got);
        got.clear();
        f.extract(1, 0, (name, value) -> got.add(name));
        // of the other two mentions one likely links to a team: a share of 0.5
        assertEquals(List.of("sp.kind=same|ts=hi", "sp.kind=same|ts=hi|sc=1"), got);
        got.clear();
        SportsFeatures none = new SportsFeatures(doc, words, patterns, new int[] {0, 0, -1});
        none.extract(0, 0, (name, value) -> got.add(name));
        assertEquals(List.of("sp.kind=same|ts=0", "sp.kind=same|ts=0|sc=1"), got);
    }
}
