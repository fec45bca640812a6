package org.tagrank.task.rank.link;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class DictionaryMentionsTest {
    private static final LinkCandidate TOUR = new LinkCandidate("Tour_de_France", 11.5, 8000, 400);
    private static final LinkCandidate FRANCE = new LinkCandidate("France", 13, 90000, 900);
    private static final LinkCandidate LANCE = new LinkCandidate("Lance_Armstrong", 10.5, 4000, 500);

    @Test
    void longestUpperCaseAliasWins() {
        AliasTable t = AliasTable.of(Map.of("Tour de France", List.of(TOUR), "France", List.of(FRANCE),
                "Armstrong", List.of(LANCE)));
        LinkDocument d = DictionaryMentions.find("d", "Armstrong rode the Tour de France; france and ARMSTRONG too.", t, 6);
        assertEquals(List.of("Armstrong", "rode", "the", "Tour", "de", "France", ";", "france", "and", "ARMSTRONG",
                "too", "."), d.tokens());
        assertEquals(List.of("Armstrong", "Tour de France", "ARMSTRONG"),
                d.mentions().stream().map(LinkMention::text).toList());
        LinkMention tour = d.mentions().get(1);
        assertEquals(3, tour.tokStart());
        assertEquals(6, tour.tokEnd());
        assertEquals(List.of(TOUR), tour.candidates());
        // with shorter mentions only, the nested alias is found instead
        assertEquals(List.of("Armstrong", "France", "ARMSTRONG"),
                DictionaryMentions.find("d", "Armstrong rode the Tour de France; ARMSTRONG", t, 1).mentions().stream()
                        .map(LinkMention::text).toList());
        assertThrows(IllegalArgumentException.class, () -> DictionaryMentions.find("d", "x", t, 0));
    }

    @Test
    void aCombiningMarkStaysInItsWordAndDecomposedTextFindsTheAlias() {
        LinkCandidate bjork = new LinkCandidate("Bj\u00f6rk", 10, 100, 10);
        LinkCandidate band = new LinkCandidate("Bjo_(band)", 1, 1, 1);
        AliasTable t = AliasTable.of(Map.of("Bj\u00f6rk", List.of(bjork), "Bjo", List.of(band)));
        // "Bjo\u0308rk" was cut into Bjo | \u0308 | rk and linked to the band
        assertEquals(List.of("Bjo\u0308rk", "sang", "\u05e9\u05b8\u05c1\u05dc\u05d5\u05b9\u05dd", "\ud83d\udc4d\ufe0f"),
                DictionaryMentions.tokenize("Bjo\u0308rk sang \u05e9\u05b8\u05c1\u05dc\u05d5\u05b9\u05dd \ud83d\udc4d\ufe0f"));
        LinkDocument d = DictionaryMentions.find("d", "Bjo\u0308rk sang.", t, 6);
        assertEquals(List.of("Bj\u00f6rk"), d.mentions().stream().map(LinkMention::text).toList());
        assertEquals(List.of(bjork), d.mentions().get(0).candidates());
        assertEquals(List.of(bjork), t.candidates("Bjo\u0308rk")); // a CoreNLP mention as written
        assertEquals(List.of(bjork), t.candidates("BJO\u0308RK"));
    }

    @Test
    void aHugeMaxWordsLooksNoFurtherThanTheLongestAlias() {
        AliasTable t = AliasTable.of(Map.of("Tour de France", List.of(TOUR), "Armstrong", List.of(LANCE)));
        assertEquals(3, t.maxWords());
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 1500; i++) { // each capitalised token tried every run up to the end of the text
            text.append(i % 3 == 0 ? "Armstrong " : i % 3 == 1 ? "Rode " : "Tour de France ");
        }
        LinkDocument d = DictionaryMentions.find("d", text.toString(), t, Integer.MAX_VALUE);
        assertEquals(1000, d.mentions().size());
        assertEquals(DictionaryMentions.find("d", text.toString(), t, 3).mentions(), d.mentions());
    }

    @Test
    void tokenizerKeepsAbbreviationsAndNumbers() {
        assertEquals(List.of("U.S.", "won", "3,200", "m", "in", "O'Neill", "'s", "race", "."),
                DictionaryMentions.tokenize("U.S. won 3,200 m in O'Neill's race."));
    }
}
