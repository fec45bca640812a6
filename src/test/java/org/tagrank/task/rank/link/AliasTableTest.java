package org.tagrank.task.rank.link;

import org.junit.jupiter.api.Test;
import org.tagrank.io.CorpusFormatException;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AliasTableTest {
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
}
