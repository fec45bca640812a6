package org.tagrank.io;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class WordNetTest {

    @Test
    void readsSynsetsPointersAndBaseForms(@TempDir Path dir) throws IOException {
        WordNet wn = WordNet.load(MiniWordNet.write(dir));
        assertEquals(List.of("pizza"), wn.baseForms("Pizzas", WordNet.Pos.NOUN));
        assertEquals(List.of("bake"), wn.baseForms("baked", WordNet.Pos.VERB));
        assertEquals(List.of("bake"), wn.baseForms("bakt", WordNet.Pos.VERB), "exception list");
        assertEquals(List.of(), wn.baseForms("pizza", WordNet.Pos.VERB));
        WordNet.Synset pizza = wn.synsets("pizza", WordNet.Pos.NOUN).get(0);
        assertEquals("noun.food", pizza.lexName());
        assertEquals(List.of("pizza", "pizza_pie"), pizza.words());
        WordNet.Pointer up = pizza.pointers().get(0);
        assertEquals("@", up.symbol());
        assertEquals(List.of("dish"), wn.synset(up.pos(), up.offset()).words());
        WordNet.Pointer derived = wn.synsets("baker", WordNet.Pos.NOUN).get(0).pointers().get(0);
        assertEquals(WordNet.Pos.VERB, derived.pos());
        assertEquals(1, derived.sourceWord());
        assertEquals(1, derived.targetWord());
        assertEquals("verb.creation", wn.synset(derived.pos(), derived.offset()).lexName());
    }

    @Test
    void clearErrors(@TempDir Path dir) throws IOException {
        IOException missing = assertThrows(IOException.class, () -> WordNet.load(dir));
        assertTrue(missing.getMessage().contains("index.noun"), missing.getMessage());
        WordNet wn = WordNet.load(MiniWordNet.write(dir));
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class, () -> wn.synset(WordNet.Pos.NOUN, 5));
        assertTrue(bad.getMessage().contains("data.noun at byte 5"), bad.getMessage());
    }

    @Test
    void theInstalledDatabase() throws IOException {
        Path d = WordNet.defaultDir();
        assumeTrue(Files.isRegularFile(d.resolve("index.noun")),
                "WordNet 3.0 not found in " + d + " (apt-get install wordnet-base or set TAGRANK_WORDNET)");
        WordNet wn = WordNet.load(d);
        assertEquals("noun.animal", wn.synsets("dogs", WordNet.Pos.NOUN).get(0).lexName());
        assertTrue(wn.baseForms("ate", WordNet.Pos.VERB).contains("eat"));
        assertTrue(wn.synsets("dog", WordNet.Pos.NOUN).get(0).words().contains("domestic_dog"));
    }
}
