package org.tagrank.task.rank.link;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A document or mention built in code that cannot be what it says is refused, with a message. */
class LinkDocumentTest {
    static final List<LinkCandidate> CANDS = List.of(new LinkCandidate("Lance_Armstrong", 10.5, 4000, 500));
    static final List<String> TOKENS = List.of("Armstrong", "wins", ".");

    private static LinkMention mention(int start, int end) {
        return new LinkMention("d", 0, start, end, "Armstrong", null, CANDS, -1, 0);
    }

    @Test
    void aSpanIsEitherUnknownOrAProperRange() {
        mention(-1, -1);
        mention(0, 1);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> mention(-1, 1));
        assertEquals("token span [-1,1) must be [-1,-1) (unknown) or start at 0 or later", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> mention(-5, -1));
        assertEquals("token span [-5,-1) must be [-1,-1) (unknown) or start at 0 or later", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> mention(2, 2));
        assertEquals("token span [2,2) is empty", e.getMessage());
    }

    @Test
    void aMentionSpanMustLieInsideTheDocumentsTokens() {
        new LinkDocument("d", TOKENS, List.of(mention(0, 1), mention(2, 3)));
        new LinkDocument("d", List.of(), List.of(mention(5, 6))); // tokens unknown: any span
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new LinkDocument("d", TOKENS, List.of(mention(0, 1), mention(2, 4))));
        assertEquals("mention 1 'Armstrong' has token span [2,4), beyond the document's 3 tokens", e.getMessage());
    }

    @Test
    void aMentionOfAnotherDocumentIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new LinkDocument("e", TOKENS, List.of(mention(0, 1))));
        assertEquals("mention 0 'Armstrong' belongs to document 'd', not 'e'", e.getMessage());
    }

    @Test
    void aNullTokenIsNamed() {
        NullPointerException e = assertThrows(NullPointerException.class,
                () -> new LinkDocument("d", Arrays.asList("Armstrong", null), List.of()));
        assertEquals("document d: null token at position 1", e.getMessage());
    }
}
