package org.tagrank.task.rank.link;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The linking entry points of docs/usage-link.md's Java section name a null argument: they were NullPointerExceptions
 * about the JDK's or the table's internals ("because "src" is null", "because "this.text" is null").
 */
class LinkNullArgumentsTest {
    private static final AliasTable ALIASES = AliasTable.of(Map.of("Germany", List.of(new LinkCandidate("Germany", 1, 1, 1))));

    private static void names(String expected, Executable call) {
        assertEquals(expected, assertThrows(NullPointerException.class, call).getMessage());
    }

    @Test
    void findAndCandidatesNameTheirNullArgument() {
        names("text", () -> DictionaryMentions.find("d", null, ALIASES, 3));
        names("aliases", () -> DictionaryMentions.find("d", "Germany won.", null, 3));
        names("text", () -> DictionaryMentions.tokenize(null));
        names("mention", () -> ALIASES.candidates(null));
        assertEquals(1, DictionaryMentions.find("d", "Germany won.", ALIASES, 3).mentions().size());
    }
}
