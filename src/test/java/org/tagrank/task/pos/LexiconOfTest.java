package org.tagrank.task.pos;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A lexicon built in code is checked when it is built, as a lexicon file is when it is read. */
class LexiconOfTest {
    @Test
    void aWordWithoutTagsIsRefusedWhenBuiltNotWhenTagging() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Lexicon.of(Map.of("duck", List.of())));
        assertEquals("lexicon entry 'duck' has no tags", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Lexicon.of(Map.of("", List.of("NN"))));
        assertEquals("lexicon entry with an empty word", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Lexicon.of(Map.of("duck", List.of("NN", ""))));
        assertEquals("lexicon entry 'duck' has an empty tag", e.getMessage());
        Map<String, List<String>> nullTags = new HashMap<>();
        nullTags.put("duck", null);
        NullPointerException n = assertThrows(NullPointerException.class, () -> Lexicon.of(nullTags));
        assertEquals("lexicon entry 'duck' has no tag list", n.getMessage());
        n = assertThrows(NullPointerException.class, () -> Lexicon.of(Map.of("duck", Arrays.asList("NN", null))));
        assertEquals("lexicon entry 'duck' has a null tag", n.getMessage());
        Map<String, List<String>> nullWord = new HashMap<>();
        nullWord.put(null, List.of("NN"));
        n = assertThrows(NullPointerException.class, () -> Lexicon.of(nullWord));
        assertEquals("lexicon entry with a null word", n.getMessage());
    }

    @Test
    void theCallersListsAreCopied() {
        List<String> tags = new ArrayList<>(List.of("NN"));
        Map<String, List<String>> m = new HashMap<>(Map.of("duck", tags));
        Lexicon lex = Lexicon.of(m);
        tags.clear();
        m.clear();
        assertEquals(1, lex.size());
        org.junit.jupiter.api.Assertions.assertArrayEquals(new int[]{0},
                lex.resolve(org.tagrank.core.LabelSet.of("NN", "VB")).get("duck"));
    }
}
