package org.tagrank.task.rank.link;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TitleWordsTest {
    @Test
    void titleParts() {
        TitleWords.Parts p = TitleWords.parts("Armstrong_County,_Pennsylvania");
        assertEquals("Armstrong County", p.base());
        assertEquals(List.of("pennsylvania"), p.qualifierWords());
        assertTrue(p.comma());
        TitleWords.Parts q = TitleWords.parts("Mercury_(planet)");
        assertEquals(List.of("mercury"), q.baseWords());
        assertEquals(List.of("planet"), q.qualifierWords());
        assertTrue(q.parenthetical());
        assertFalse(q.comma());
    }

    @Test
    void acronyms() {
        assertTrue(TitleWords.acronym("UN", TitleWords.words("United Nations")));
        assertTrue(TitleWords.acronym("BoE".toUpperCase(), TitleWords.words("Bank of England")));
        assertTrue(TitleWords.acronym("U.N.", TitleWords.words("United Nations")));
        assertFalse(TitleWords.acronym("Un", TitleWords.words("United Nations")));
        assertFalse(TitleWords.acronym("UK", TitleWords.words("United Nations")));
    }

    @Test
    void stemsMeetAcrossSuffixes() {
        assertEquals(TitleWords.stem("cricket"), TitleWords.stem("cricketer"));
        assertEquals(TitleWords.stem("athletics"), TitleWords.stem("athlete"));
        assertEquals("bus", TitleWords.stem("bus"));
    }

    @Test
    void patternsReplaceTheMentionWords() {
        assertEquals("* national football team",
                LinkPatterns.pattern("Ruritania_national_football_team", TitleWords.words("Ruritania")));
        assertEquals("lance *", LinkPatterns.pattern("Lance_Armstrong", TitleWords.words("ARMSTRONG")));
        assertNull(LinkPatterns.pattern("Ruritania", TitleWords.words("Ruritania")));
        assertNull(LinkPatterns.pattern("Moon", TitleWords.words("Armstrong")));
    }
}
