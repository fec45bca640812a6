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

    /**
     * The tokenizer splits the period off "D." and "Corp." (only U.S.-like runs of initials keep theirs), so an alias
     * written with such a word, as AIDA's mention texts are ("Franklin D. Roosevelt", "Microsoft Corp.", "St. Louis"),
     * was never found: the run read "Franklin D . Roosevelt". A period written against its word is now tried with it.
     */
    @Test
    void anAliasWithAnAbbreviationPeriodIsFound() {
        LinkCandidate fdr = new LinkCandidate("Franklin_D._Roosevelt", 12, 9000, 900);
        LinkCandidate msft = new LinkCandidate("Microsoft", 12, 9000, 900);
        LinkCandidate stl = new LinkCandidate("St._Louis", 12, 9000, 900);
        AliasTable t = AliasTable.of(Map.of("Franklin D. Roosevelt", List.of(fdr), "Microsoft Corp.", List.of(msft),
                "St. Louis", List.of(stl), "Armstrong", List.of(LANCE)));
        LinkDocument d = DictionaryMentions.find("d", "Franklin D. Roosevelt met Armstrong. In St. Louis, Microsoft Corp. "
                + "sold Microsoft Corp . shares; St . Louis.", t, 3);
        assertEquals(List.of("Franklin D. Roosevelt", "Armstrong", "St. Louis", "Microsoft Corp."),
                d.mentions().stream().map(LinkMention::text).toList());
        assertEquals(List.of(fdr), d.mentions().get(0).candidates());
        assertEquals(0, d.mentions().get(0).tokStart());
        assertEquals(4, d.mentions().get(0).tokEnd()); // Franklin D . Roosevelt: the tokens stay as they were
        assertEquals(List.of("Armstrong", "."), d.tokens().subList(5, 7)); // a sentence's period is not the alias's
        LinkMention corp = d.mentions().get(3);
        assertEquals(List.of("Microsoft", "Corp", "."), d.tokens().subList(corp.tokStart(), corp.tokEnd()));
        // --max-words counts words: the period is part of its word
        assertEquals(List.of("Franklin D. Roosevelt"), DictionaryMentions.find("d", "Franklin D. Roosevelt", t, 3)
                .mentions().stream().map(LinkMention::text).toList());
    }

    /**
     * A hyphenated word was one token, so "New York-based" never found New York (CoreNLP's tokenizer, before trlink,
     * splits the hyphen off). The hyphen is now a token, and a hyphenated alias is found as written.
     */
    @Test
    void aHyphenatedWordSplitsAndAHyphenatedAliasIsFound() {
        LinkCandidate nyc = new LinkCandidate("New_York_City", 20, 9000, 900);
        LinkCandidate coke = new LinkCandidate("Coca-Cola", 12, 9000, 900);
        AliasTable t = AliasTable.of(Map.of("New York", List.of(nyc), "Coca-Cola", List.of(coke)));
        LinkDocument d = DictionaryMentions.find("d", "New York-based Coca-Cola bottlers - Coca - Cola.", t, 2);
        assertEquals(List.of("New", "York", "-", "based", "Coca", "-", "Cola", "bottlers", "-", "Coca", "-", "Cola", "."),
                d.tokens());
        assertEquals(List.of("New York", "Coca-Cola"), d.mentions().stream().map(LinkMention::text).toList());
        assertEquals(List.of(nyc), d.mentions().get(0).candidates());
        assertEquals(4, d.mentions().get(1).tokStart());
        assertEquals(7, d.mentions().get(1).tokEnd());
        assertEquals(List.of("Coca-Cola"), DictionaryMentions.find("d", "Coca-Cola", t, 1).mentions().stream()
                .map(LinkMention::text).toList()); // one word for --max-words
    }
}
