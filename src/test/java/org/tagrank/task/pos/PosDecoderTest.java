package org.tagrank.task.pos;

import org.junit.jupiter.api.Test;
import org.tagrank.io.ConlluSentence;
import org.tagrank.io.ModelBundle;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The decoder's lazily cached rows and per-word scores change no score, also when threads race to fill them. */
class PosDecoderTest {
    @Test
    void cachedWordScoresEqualTheSumOfEveryFeatureRow() throws Exception {
        ModelBundle bundle = PosFeatureTableTest.train(PosFeatureTableTest.withLexiconTemplates(), PosFeatureTableTest.unlabeled(2));
        PosTagger tagger = PosTagger.fromBundle(bundle);
        PosDecoder decoder = tagger.decoder();
        FeatureTable table = tagger.table();
        int numTags = tagger.tags().size();
        float[] w = bundle.model().weights();
        // vocabulary words (cached after the first call), words seen nowhere, boundaries on both sides
        List<String> words = List.of("The", "cat", "is", "old", "zebra-7", "The", "cat", ".");
        FeatureTable.Row[] rows = decoder.rows(words);
        int[] buf = new int[table.maxFeatures()];
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < words.size(); i++) {
                float[] fast = new float[numTags];
                decoder.baseScores(rows, i, fast, buf);
                int[] ids = new int[table.maxFeatures()];
                int n = table.collectWord(rows, i, ids, 0);
                float[] slow = new float[numTags];
                for (int k = 0; k < n; k++) {
                    for (int y = 0; y < numTags; y++) {
                        slow[y] += w[ids[k] * numTags + y];
                    }
                }
                for (int y = 0; y < numTags; y++) {
                    assertEquals(slow[y], fast[y], 1e-4, "round " + round + " token " + i + " tag " + y);
                }
                // and the tag-history part, for every pair of previous tags
                for (int prev2 = 0; prev2 <= numTags; prev2++) {
                    for (int prev = 0; prev <= numTags; prev++) {
                        float[] fastH = new float[numTags];
                        decoder.historyScores(rows, i, prev, prev2, fastH, buf);
                        float[] slowH = new float[numTags];
                        int m = table.collectHistory(rows, i, prev, prev2, ids, 0);
                        for (int k = 0; k < m; k++) {
                            for (int y = 0; y < numTags; y++) {
                                slowH[y] += w[ids[k] * numTags + y];
                            }
                        }
                        for (int y = 0; y < numTags; y++) {
                            assertEquals(slowH[y], fastH[y], 1e-4, "history " + prev2 + "," + prev + " token " + i);
                        }
                    }
                }
            }
        }
    }

    @Test
    void threadsFillingTheCachesTogetherTagAsOneThreadDoes() throws Exception {
        ModelBundle bundle = PosFeatureTableTest.train(PosTemplates.defaults(), null);
        List<List<String>> sentences = new ArrayList<>();
        for (ConlluSentence s : PosFeatureTableTest.toy()) {
            sentences.add(s.forms());
        }
        List<TaggedSentence> expected = new ArrayList<>();
        PosTagger reference = PosTagger.fromBundle(bundle);
        for (List<String> s : sentences) {
            expected.add(reference.tag(s)); // XPOS and UPOS (whose per-word cache the threads fill too)
        }
        for (int trial = 0; trial < 20; trial++) {
            PosTagger fresh = PosTagger.fromBundle(bundle); // empty caches
            ExecutorService pool = Executors.newFixedThreadPool(4);
            try {
                List<Future<List<TaggedSentence>>> results = new ArrayList<>();
                for (int t = 0; t < 4; t++) {
                    results.add(pool.submit(() -> {
                        List<TaggedSentence> out = new ArrayList<>();
                        for (List<String> s : sentences) {
                            out.add(fresh.tag(s));
                        }
                        return out;
                    }));
                }
                for (Future<List<TaggedSentence>> f : results) {
                    assertEquals(expected, f.get());
                }
            } finally {
                pool.shutdownNow();
            }
        }
    }
    @Test
    void threadsChurningTheUnknownWordCacheTagAsOneThreadDoes() throws Exception {
        ModelBundle bundle = PosFeatureTableTest.train(PosFeatureTableTest.withLexiconTemplates(), PosFeatureTableTest.unlabeled(2));
        // three times as many distinct unknown words as the cache has slots, with shapes and suffixes that differ
        java.util.Random random = new java.util.Random(7);
        String[] shapes = {"Zq%dx", "qz%ding", "%d-qzs", "QZ%d", "qz%dly", "%d.%d"};
        List<List<String>> sentences = new ArrayList<>();
        for (int k = 0; k < 3 * UnknownRows.CAPACITY / 6; k++) {
            List<String> s = new ArrayList<>(List.of("The", "cat"));
            for (int j = 0; j < 6; j++) {
                int n = random.nextInt(3 * UnknownRows.CAPACITY);
                s.add(String.format(java.util.Locale.ROOT, shapes[j], n, n));
            }
            s.add(".");
            sentences.add(s);
        }
        List<TaggedSentence> expected = new ArrayList<>();
        PosTagger reference = PosTagger.fromBundle(bundle);
        for (List<String> s : sentences) {
            expected.add(reference.tag(s));
        }
        PosTagger shared = PosTagger.fromBundle(bundle);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<TaggedSentence>>> results = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int offset = t * sentences.size() / 4; // each thread starts elsewhere, so they evict each other's words
                results.add(pool.submit(() -> {
                    List<TaggedSentence> out = new ArrayList<>(java.util.Collections.nCopies(sentences.size(), null));
                    for (int i = 0; i < sentences.size(); i++) {
                        int k = (offset + i) % sentences.size();
                        out.set(k, shared.tag(sentences.get(k)));
                    }
                    return out;
                }));
            }
            for (Future<List<TaggedSentence>> f : results) {
                assertEquals(expected, f.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
