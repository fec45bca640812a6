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

/** One tagger shared by threads answers every query (beam, k-best, top-k, explain) as a single thread does. */
class PosTaggerThreadsTest {

    /** Everything a tagger says about the sentences, as comparable strings. */
    private static List<String> answers(PosTagger t, List<List<String>> sentences) {
        List<String> out = new ArrayList<>();
        for (List<String> s : sentences) {
            out.add(t.tag(s).toString());
            out.add(t.kBest(s, 3).toString());
            out.add(t.topK(s, 3).toString());
            out.add(java.util.Arrays.toString(t.tagProbabilities(s, t.tag(s).xpos())));
            out.add(t.explain(s, s.size() - 1, 5).toString());
        }
        return out;
    }

    @Test
    void aBeamTaggerSharedByFourThreadsAnswersAsOneThreadDoes() throws Exception {
        ModelBundle bundle = PosFeatureTableTest.train(PosTemplates.defaults(), null);
        List<List<String>> sentences = new ArrayList<>();
        for (ConlluSentence s : PosFeatureTableTest.toy()) {
            sentences.add(s.forms());
            sentences.add(s.forms().subList(0, Math.max(1, s.size() / 2)));
        }
        List<String> expected = answers(PosTagger.fromBundle(bundle).withBeam(4), sentences);
        for (int trial = 0; trial < 10; trial++) {
            PosTagger shared = PosTagger.fromBundle(bundle).withBeam(4); // fresh: empty caches
            ExecutorService pool = Executors.newFixedThreadPool(4);
            try {
                List<Future<List<String>>> results = new ArrayList<>();
                for (int t = 0; t < 4; t++) {
                    results.add(pool.submit(() -> answers(shared, sentences)));
                }
                for (Future<List<String>> f : results) {
                    assertEquals(expected, f.get());
                }
            } finally {
                pool.shutdownNow();
            }
        }
    }
}
