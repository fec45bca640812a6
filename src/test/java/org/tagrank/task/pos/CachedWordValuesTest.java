package org.tagrank.task.pos;

import org.junit.jupiter.api.Test;
import org.tagrank.io.ModelBundle;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

/** Training extraction with per-word cached values gives exactly the feature strings of the plain extraction. */
class CachedWordValuesTest {

    @Test
    void cachedExtractionEqualsComputedExtraction() throws Exception {
        PosTemplates templates = PosFeatureTableTest.withLexiconTemplates();
        ModelBundle bundle = PosFeatureTableTest.train(templates, PosFeatureTableTest.unlabeled(2));
        TagDictionary dict = TagDictionary.parse(bundle.attachment("tagdict.tsv"), bundle.model().labels());
        WordSources src = new WordSources(dict, bundle.model().labels(),
                AutoLexicon.parse(bundle.attachment(PosTagger.AUTOLEX)), null, null, null);
        CachedWordValues cached = new CachedWordValues(templates, src);
        // repeated words at different positions, sentence edges, unknown words and pair-escaped values
        List<List<String>> sentences = List.of(
                List.of("The", "phone", "cat", "is", "like", "Apple", "zebra-7", "old", "|", "a\\|b", "."),
                List.of("cat"),
                List.of("Apple", "is", "The", "cat", "a|b", "cat", "phone", "."));
        int tokens = 0;
        for (int round = 0; round < 2; round++) { // the second round reads the cache only
            for (List<String> words : sentences) {
                for (int i = 0; i < words.size(); i++) {
                    List<String> plain = new ArrayList<>();
                    List<String> fromCache = new ArrayList<>();
                    PosFeatures.extract(templates, src, words, i, "DT", "<s>", (f, v) -> plain.add(f));
                    PosFeatures.extract(templates, cached, words, i, "DT", "<s>", (f, v) -> fromCache.add(f));
                    assertEquals(plain, fromCache, "token " + i + " of " + words);
                    tokens++;
                }
            }
        }
        assertEquals(2 * (11 + 1 + 8), tokens);
        // a word's names are made once: the same objects come back
        List<String> words = List.of("cat", "cat");
        PosTemplates.WordTemplate w0 = templates.wordTemplates().get(0);
        assertSame(cached.name(0, w0, words, 0), cached.name(0, w0, words, 1));
    }
}
