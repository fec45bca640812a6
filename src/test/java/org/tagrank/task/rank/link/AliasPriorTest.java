package org.tagrank.task.rank.link;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class AliasPriorTest {
    private static LinkDocument doc(String id, String topic, String... textGold) {
        List<LinkCandidate> none = List.of();
        java.util.ArrayList<LinkMention> ms = new java.util.ArrayList<>();
        for (int i = 0; i < textGold.length; i += 2) {
            ms.add(new LinkMention(id, i / 2, -1, -1, textGold[i], textGold[i + 1], none, -1, 0));
        }
        return new LinkDocument(id, List.of(topic, "-", "story"), ms);
    }

    @Test
    void countsAndLeaveOneDocumentOut() {
        LinkDocument a = doc("a", "CYCLING", "Armstrong", "Lance_Armstrong", "ARMSTRONG", "Lance_Armstrong");
        LinkDocument b = doc("b", "SPACE", "Armstrong", "Neil_Armstrong");
        AliasPrior p = AliasPrior.fromDocuments(List.of(a, b));
        AliasPrior.Lookup all = p.lookup(a, false);
        assertEquals(3, all.mentionCount("armstrong"));
        assertEquals(2, all.pairCount("armstrong", "Lance_Armstrong"));
        assertEquals(1, all.entityCount("Neil_Armstrong"));
        assertEquals(2, all.mentionCount("cycling" + AliasPrior.TOPIC + "armstrong"));
        AliasPrior.Lookup out = p.lookup(a, true);
        assertEquals(1, out.mentionCount("armstrong"));
        assertEquals(0, out.pairCount("armstrong", "Lance_Armstrong"));
        assertEquals(0, out.mentionCount("cycling" + AliasPrior.TOPIC + "armstrong"));
        assertEquals("cycling", AliasPrior.topic(a));
    }

    @Test
    void formatRoundTrip() {
        AliasPrior p = AliasPrior.fromDocuments(List.of(doc("a", "CYCLING", "Armstrong", "Lance_Armstrong")));
        String text = p.format();
        assertEquals(text, AliasPrior.parse(text).format());
        assertThrows(IllegalArgumentException.class, () -> AliasPrior.parse("x\ty\n"));
        assertThrows(IllegalArgumentException.class, () -> AliasPrior.parse("m\ty\tmany\n"));
    }

    @Test
    void keyFoldsEveryKindOfWhiteSpace() {
        assertEquals("new york", AliasPrior.key("  New \t York\n"));
        // no-break, narrow no-break, ideographic and em spaces: \\s alone matched none of them
        assertEquals("new york", AliasPrior.key("New\u00A0York"));
        assertEquals("new york", AliasPrior.key("\u00A0New\u202F\u3000York\u2003"));
        assertEquals("new york city", AliasPrior.key("New \u00A0 York\u00A0\u00A0City"));
    }
}
