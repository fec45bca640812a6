package org.tagrank.task.pos;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class CompactSentencesTest {
    @Test
    void keepsSentencesInOrderWithSharedWords() {
        List<List<String>> in = List.of(List.of("The", "cat", "sat", "."), List.of(), List.of("the", "cat", "!"));
        CompactSentences.Builder b = new CompactSentences.Builder();
        in.forEach(b::add);
        CompactSentences c = b.build();
        assertEquals(in, c);
        assertEquals(7, b.tokens());
        assertEquals(3, c.size());
        assertEquals("cat", c.get(2).get(1));
        assertThrows(IndexOutOfBoundsException.class, () -> c.get(0).get(4));
        assertThrows(UnsupportedOperationException.class, () -> c.get(0).set(0, "A"));
    }
}
