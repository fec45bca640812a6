package org.tagrank.task.pos;

import org.junit.jupiter.api.Test;
import org.tagrank.io.ModelIO;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * With several entries whose tags the model lacks, withLexicon named one picked by Map.copyOf's per-JVM hash order
 * (another entry on every run); it names the first in file order now (in word order for {@link Lexicon#of}).
 */
class LexiconErrorOrderTest {
    private static final int ENTRIES = 60;

    @Test
    void theFirstBadEntryIsNamed() throws IOException {
        PosTagger tagger = PosTagger.fromBundle(ModelIO.read("models/en-ewt-pos-ap-fast-1.lin.zip", "pos"));
        StringBuilder text = new StringBuilder();
        Map<String, List<String>> map = new TreeMap<>();
        for (int i = ENTRIES; i >= 1; i--) { // file order is the reverse of word order
            String word = String.format(java.util.Locale.ROOT, "w%02d", i);
            text.append(word).append("\tBOGUS").append(i).append('\n');
            map.put(word, List.of("BOGUS" + i));
        }
        Lexicon fromFile = Lexicon.parse(new BufferedReader(new StringReader(text.toString())), "lex.tsv");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> tagger.withLexicon(fromFile));
        assertEquals("lex.tsv:1: lexicon entry 'w" + ENTRIES + "': tag 'BOGUS" + ENTRIES
                + "' is not in the model's tag set", e.getMessage());
        IllegalArgumentException o = assertThrows(IllegalArgumentException.class,
                () -> tagger.withLexicon(Lexicon.of(map)));
        assertEquals("lexicon entry 'w01': tag 'BOGUS1' is not in the model's tag set", o.getMessage());
    }
}
