package org.tagrank.task.rank.link;

import org.junit.jupiter.api.Test;
import org.tagrank.io.CorpusFormatException;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AliasTableTest {
    @org.junit.jupiter.api.io.TempDir
    Path dir;

    private static List<String> titles(List<LinkCandidate> cs) {
        return cs.stream().map(LinkCandidate::title).toList();
    }
    private static AliasTable read(String text) throws Exception {
        return AliasTable.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "a.tsv");
    }

    @Test
    void buildsFromMentionsMergingListsAndRoundTrips() throws Exception {
        AliasTable t = AliasTable.fromMentions(MentionFileReader.read(LinkFixtures.trainMentions()));
        List<LinkCandidate> arm = t.candidates("Armstrong");
        assertEquals(List.of("Neil_Armstrong", "Armstrong_County,_Pennsylvania", "Lance_Armstrong"),
                arm.stream().map(LinkCandidate::title).toList());
        assertTrue(t.candidates("Texas").isEmpty(), "a mention without candidates adds no alias");
        // case-folded fallback
        assertEquals(arm, t.candidates("ARMSTRONG"));
        assertEquals(arm, t.candidates("\u00A0Armstrong\u00A0"), "no-break spaces fold like spaces");
        StringWriter w = new StringWriter();
        t.write(w);
        AliasTable back = read(w.toString());
        assertEquals(t.size(), back.size());
        assertEquals(arm, back.candidates("Armstrong"));
        StringWriter w2 = new StringWriter();
        back.write(w2);
        assertEquals(w.toString(), w2.toString());
    }

    @Test
    void aliasesStartingWithHashSurviveARoundTrip() throws Exception {
        List<String> aliases = List.of("#MeToo", "\\#x", "\\\\#y", "#", "Moon", "\\foo", "a#b");
        Map<String, List<LinkCandidate>> m = new java.util.HashMap<>();
        for (String a : aliases) {
            m.put(a, List.of(new LinkCandidate("T_" + a.length(), 1, 2, 3)));
        }
        AliasTable t = AliasTable.of(m);
        StringWriter w = new StringWriter();
        t.write(w);
        String text = w.toString();
        assertTrue(text.startsWith("# "), "the header stays a comment");
        assertTrue(text.contains("\n\\#MeToo\t") && text.contains("\n\\\\#x\t")
                && text.contains("\n\\\\\\#y\t") && text.contains("\n\\#\t"), text);
        assertTrue(text.contains("\n\\foo\t") && text.contains("\na#b\t") && text.contains("\nMoon\t"),
                "other aliases as they are: " + text);
        AliasTable back = read(text + "# a comment line\n#Other\tX|1|2|3\n");
        assertEquals(aliases.size(), back.size(), "every alias back, the comment lines left out");
        for (String a : aliases) {
            assertEquals(t.candidates(a), back.candidates(a), a);
        }
        assertTrue(back.candidates("#Other").isEmpty());
        StringWriter w2 = new StringWriter();
        back.write(w2);
        assertEquals(text, w2.toString());
    }

    @Test
    void whatOfAcceptsRoundTripsAndWhatTheFormatCannotHoldIsRefused() throws Exception {
        Map<String, List<LinkCandidate>> m = new java.util.HashMap<>();
        m.put(" padded alias ", List.of(new LinkCandidate("Padded title ", 1.5, 2, 3)));
        m.put("a|b", List.of(new LinkCandidate("Sacré-Cœur", Double.NaN, 0, 0), new LinkCandidate("X", 2, 1, 1)));
        m.put("x", List.of(new LinkCandidate("\\u00a0odd\\", -1, 0, 0)));
        AliasTable t = AliasTable.of(m);
        StringWriter w = new StringWriter();
        t.write(w);
        AliasTable back = read(w.toString());
        assertEquals(m.size(), back.size());
        for (String a : m.keySet()) {
            assertEquals(t.candidates(a), back.candidates(a), a);
        }
        LinkCandidate ok = new LinkCandidate("T", 1, 2, 3);
        for (String bad : List.of("", " ", "\t", "a\tb", "a\rb", "a\nb", "a\r\n")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> AliasTable.of(Map.of(bad, List.of(ok))), bad);
            assertTrue(e.getMessage().contains("alias '" + AliasTable.visible(bad) + "'"), e.getMessage());
        }
        IllegalArgumentException none = assertThrows(IllegalArgumentException.class,
                () -> AliasTable.of(Map.of("Moon", List.of())));
        assertTrue(none.getMessage().contains("'Moon'"), none.getMessage());
        Map<String, List<LinkCandidate>> nulls = new java.util.HashMap<>();
        nulls.put(null, List.of(ok));
        assertTrue(assertThrows(NullPointerException.class, () -> AliasTable.of(nulls)).getMessage().contains("alias"));
        nulls.clear();
        nulls.put("Moon", null);
        assertTrue(assertThrows(NullPointerException.class, () -> AliasTable.of(nulls)).getMessage().contains("'Moon'"));
        for (String bad : List.of("a\rb", "a\nb", "a\tb", "a|b", "")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> new LinkCandidate(bad, 1, 2, 3), bad);
            assertTrue(e.getMessage().contains("'" + AliasTable.visible(bad) + "'"), e.getMessage());
        }
    }

    @Test
    void backslashedLinesReadAsBeforeUnlessAHashFollows() throws Exception {
        AliasTable t = read("\\foo\tX|1|2|3\n\\\\bar\tY|1|2|3\n\\#baz\tZ|1|2|3\n");
        assertEquals(List.of("X"), titles(t.candidates("\\foo")));
        assertEquals(List.of("Y"), titles(t.candidates("\\\\bar")));
        assertEquals(List.of("Z"), titles(t.candidates("#baz")));
        assertTrue(t.candidates("\\#baz").isEmpty());
        assertEquals("x#", AliasTable.escape("x#"));
        assertEquals("\\\\\\#", AliasTable.escape("\\\\#"));
        assertEquals("\\\\#", AliasTable.unescape("\\\\\\#"));
        assertEquals("\\x", AliasTable.unescape("\\x"));
        assertEquals("#c", AliasTable.unescape("#c"));
    }

    @Test
    void sortsByPopularityThenInLinks() throws Exception {
        AliasTable t = read("# comment\nMoon\tMoon_(film)|8|500|90\tMoon|NA|30000|1000\tLuna|8|900|1\n");
        assertEquals(List.of("Luna", "Moon_(film)", "Moon"), t.candidates("Moon").stream().map(LinkCandidate::title).toList());
        assertEquals(1, t.maxWords());
    }

    @Test
    void errorsNameFileAndLine() {
        CorpusFormatException e = assertThrows(CorpusFormatException.class, () -> read("A\tX|1|2|3\nB\n"));
        assertTrue(e.getMessage().startsWith("a.tsv:2: "), e.getMessage());
        e = assertThrows(CorpusFormatException.class, () -> read("A\tX|1|2|3\nA\tY|1|2|3\n"));
        assertTrue(e.getMessage().contains("listed twice"), e.getMessage());
        e = assertThrows(CorpusFormatException.class, () -> read("A\tX|1|two|3\n"));
        assertTrue(e.getMessage().startsWith("a.tsv:1: field 2"), e.getMessage());
    }

    /**
     * One title twice in an alias's list: it was read as two candidates, so link rank --aliases printed the title on two
     * rows and split its probability between them (mention files refuse the same).
     */
    @Test
    void aTitleListedTwiceForOneAliasIsAnError() {
        CorpusFormatException e = assertThrows(CorpusFormatException.class,
                () -> read("A\tX|1|2|3\nB\tX|1|2|3\tY|1|1|1\tX|2|3|4\n"));
        assertEquals("a.tsv:2: field 4: candidate 'X' appears twice for alias 'B'", e.getMessage());
        LinkCandidate x = new LinkCandidate("X", 1, 2, 3);
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class,
                () -> AliasTable.of(Map.of("B", List.of(x, new LinkCandidate("X", 2, 3, 4)))));
        assertEquals("alias 'B' lists candidate 'X' twice", bad.getMessage());
    }

    @Test
    void aDictionaryAddsItsEntityToTheCandidatesAtLookup() throws Exception {
        AliasTable t = read("Moon\tMoon_(film)|8|500|90\tLuna|9|900|1\nArmstrong\tNeil_Armstrong|5|10|2\n");
        AliasTable td = t.withDictionary(Wikidict.of(Map.of(
                "Moon", new Wikidict.Entry("Moon", 0.8),
                "Armstrong", new Wikidict.Entry("Neil_Armstrong", 0.6),
                "Zorblatt", new Wikidict.Entry("Luna", 0.9),
                "quux", new Wikidict.Entry("Quux_(band)", 0.5))));
        // an entity the table does not list joins with unknown statistics (sorted last)
        List<LinkCandidate> moon = td.candidates("Moon");
        assertEquals(List.of("Luna", "Moon_(film)", "Moon"), titles(moon));
        assertTrue(Double.isNaN(moon.get(2).popularity()));
        assertEquals(0, moon.get(2).inLinks());
        // already a candidate: the list is the table's
        assertSame(t.candidates("Armstrong"), td.candidates("Armstrong"));
        // a listed entity under an alias the table lacks keeps the table's statistics
        assertEquals(List.of(t.candidates("Moon").get(0)), td.candidates("Zorblatt"));
        // an all-capitals mention is also looked up lower-cased
        assertEquals(List.of("Quux_(band)"), titles(td.candidates("QUUX")));
        assertTrue(td.candidates("Nothing").isEmpty());
        assertTrue(t.candidates("Zorblatt").isEmpty(), "the table itself is unchanged");
    }

    @Test
    void tableBuiltWithTheWikidictKeepsKnownEntitiesOrAll() throws Exception {
        AliasTable t = read("Moon\tMoon_(film)|8|500|90\tLuna|9|900|1\n");
        Path wd = dir.resolve("wikidict.tab");
        Files.writeString(wd, String.join("\n",
                "Moon\tMoon\t0.8",
                "Luna Moon\tLuna\t0.7",
                "#hash\tLuna\t1.0",
                "Later\tLuna\t0.5",
                "Later\tUnknown X\t0.5",
                "Early\tUnknown Y\t0.5",
                "Early\tMoon_(film)\t0.5", ""));
        AliasTable known = t.withWikidict(wd.toString(), false);
        assertEquals(4, known.size(), "Moon as before, and 'Luna Moon', '#hash' and 'Early' for listed entities: "
                + "'Later' ends on an unknown entity");
        assertEquals(List.of("Luna", "Moon_(film)"), titles(known.candidates("Moon")));
        assertEquals(List.of(t.candidates("Moon").get(0)), known.candidates("Luna Moon"));
        assertEquals(List.of("Moon_(film)"), titles(known.candidates("Early")));
        assertTrue(known.candidates("Later").isEmpty());
        AliasTable all = t.withWikidict(wd.toString(), true);
        assertEquals(List.of("Luna", "Moon_(film)", "Moon"), titles(all.candidates("Moon")));
        assertEquals(List.of("Unknown_X"), titles(all.candidates("Later")));
        assertEquals(List.of("Luna"), titles(all.candidates("#hash")));
        StringWriter w = new StringWriter();
        all.write(w);
        AliasTable back = read(w.toString());
        assertEquals(all.size(), back.size(), "the written table reads back whole");
        assertEquals(List.of("Luna"), titles(back.candidates("#hash")));
    }

    /** Tables joined with cat, each with a byte order mark: the second's first alias carried it and never matched. */
    @Test
    void aByteOrderMarkInsideTheTableIsAnErrorAtItsLine() {
        CorpusFormatException e = assertThrows(CorpusFormatException.class,
                () -> read("# table 1\nA\tX|1|2|3\n\uFEFFB\tY|1|2|3\n"));
        assertTrue(e.getMessage().startsWith("a.tsv:3: the line starts with a byte order mark (U+FEFF)"), e.getMessage());
        e = assertThrows(CorpusFormatException.class, () -> read("A\tX|1|2|3\n\uFEFF# table 2\n"));
        assertTrue(e.getMessage().startsWith("a.tsv:2: the line starts with a byte order mark"), e.getMessage());
    }

    @Test
    void aDecomposedAliasIsFoundByItsComposedForm() throws Exception {
        // a table written from decomposed data (o + U+0308): link text reads text in NFC and found nothing
        AliasTable t = read("Bjo\u0308rk\tBjo\u0308rk|5|10|10\n");
        assertEquals(List.of("Bjo\u0308rk"), titles(t.candidates("Bj\u00f6rk")));
        assertEquals(List.of("Bjo\u0308rk"), titles(t.candidates("BJ\u00d6RK")));
        assertEquals(List.of("Bjo\u0308rk"), titles(t.candidates("Bjo\u0308rk")));
        LinkDocument d = DictionaryMentions.find("d", "I like Bj\u00f6rk.", t, 6);
        assertEquals(1, d.mentions().size(), "the mention of the composed text");
    }

    @Test
    void aTypographicApostropheFindsTheStraightOne() throws Exception {
        // the tokenizer keeps O\u2019Neill a word, but the lookup missed the table's O'Neill (and the reverse)
        AliasTable t = read("O'Neill\tEugene_O'Neill|3|30|3\nL\u2019Or\u00e9al\tL'Or\u00e9al|3|30|3\n");
        assertEquals(List.of("Eugene_O'Neill"), titles(t.candidates("O\u2019Neill")));
        assertEquals(List.of("L'Or\u00e9al"), titles(t.candidates("L'Or\u00e9al")));
        LinkDocument d = DictionaryMentions.find("d", "O\u2019Neill wrote.", t, 6);
        assertEquals(List.of("O\u2019Neill"), d.mentions().stream().map(LinkMention::text).toList());
    }
}
