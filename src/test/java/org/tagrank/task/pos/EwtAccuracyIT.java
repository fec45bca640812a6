package org.tagrank.task.pos;

import org.junit.jupiter.api.Test;
import org.tagrank.io.ConlluReader;
import org.tagrank.testutil.Fixtures;

import java.io.IOException;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Accuracy floors of the bundled model on EWT dev (gold tokens). Measured when the model was made
 * (models/README.md): XPOS 95.19%, UPOS 95.41%, unknown words 84.05%; the floors sit about half a
 * point below (a point for unknown words, a tenth of the tokens), to catch regressions, not noise.
 */
class EwtAccuracyIT {
    @Test
    void bundledModelOnEwtDev() throws IOException {
        var dev = ConlluReader.readAll(Fixtures.corpus("ud-english-ewt/en_ewt-ud-dev.conllu"));
        PosTagger tagger = PosTagger.loadDefault();
        PosEvaluation e = PosEvaluation.run(tagger, dev);
        assertTrue(e.accuracy() >= 0.945, "XPOS accuracy " + e.accuracy());
        assertTrue(e.uposAccuracy() >= 0.947, "UPOS accuracy " + e.uposAccuracy());
        assertTrue(e.unknownAccuracy() >= 0.829, "unknown-word accuracy " + e.unknownAccuracy());
    }

    @Test
    void fourThreadsOnAFreshlyLoadedModelTagDevAsOneThreadDoes() throws Exception {
        var dev = ConlluReader.readAll(Fixtures.corpus("ud-english-ewt/en_ewt-ud-dev.conllu"));
        java.util.List<TaggedSentence> expected = new java.util.ArrayList<>();
        PosTagger reference = PosTagger.loadDefault();
        for (var s : dev) {
            expected.add(reference.tag(s.forms()));
        }
        // a fresh model: the threads race to fill the row, score and UPOS caches while the cluster index is built
        PosTagger fresh = PosTagger.loadDefault();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            java.util.List<java.util.concurrent.Future<java.util.List<TaggedSentence>>> results = new java.util.ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int shift = t * dev.size() / 4; // each thread starts elsewhere, so they meet words first at different times
                results.add(pool.submit(() -> {
                    TaggedSentence[] out = new TaggedSentence[dev.size()];
                    for (int k = 0; k < dev.size(); k++) {
                        int i = (k + shift) % dev.size();
                        out[i] = fresh.tag(dev.get(i).forms());
                    }
                    return java.util.Arrays.asList(out);
                }));
            }
            for (var f : results) {
                org.junit.jupiter.api.Assertions.assertEquals(expected, f.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void taggingUposByIdsEqualsTheUposMapOnEwtDev() throws IOException {
        var dev = ConlluReader.readAll(Fixtures.corpus("ud-english-ewt/en_ewt-ud-dev.conllu"));
        PosTagger tagger = PosTagger.loadDefault();
        UposMap map = UposMap.parse(tagger.bundle().attachment("upos.tsv"), tagger.bundle().attachments().get(UposMap.CONTEXT_ATTACHMENT));
        for (int pass = 0; pass < 2; pass++) { // the second pass answers known words from the vocabulary-id cache
            for (var s : dev) {
                TaggedSentence t = tagger.tag(s.forms());
                org.junit.jupiter.api.Assertions.assertEquals(map.upos(t.xpos(), t.words()), t.upos(), String.join(" ", t.words()));
            }
        }
    }
}
