package org.tagrank.task.rank.link;

import org.junit.jupiter.api.Test;
import org.tagrank.io.ModelBundle;
import org.tagrank.io.ModelIO;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The shipped linker (context, type, embedding features and their lazily built tables) shared by threads ranks
 * as a single thread does.
 */
class EntityLinkerThreadsTest {

    private static List<String> ranks(EntityLinker linker, List<LinkDocument> docs) {
        List<String> out = new ArrayList<>();
        for (LinkDocument d : docs) {
            out.add(linker.rank(d).toString());
        }
        return out;
    }

    @Test
    void theShippedLinkerSharedByFourThreadsRanksAsOneThreadDoes() throws Exception {
        List<LinkDocument> docs = new ArrayList<>(LinkCorpus.read(LinkFixtures.testMentions()));
        docs.addAll(LinkCorpus.read(LinkFixtures.trainMentions()));
        ModelBundle bundle = ModelIO.read("models/en-aida-link-lr-1.lin.zip", EntityLinker.TASK);
        List<String> expected = ranks(EntityLinker.fromBundle(bundle), docs);
        for (int trial = 0; trial < 5; trial++) {
            EntityLinker shared = EntityLinker.fromBundle(bundle);
            ExecutorService pool = Executors.newFixedThreadPool(4);
            try {
                List<Future<List<String>>> results = new ArrayList<>();
                for (int t = 0; t < 4; t++) {
                    results.add(pool.submit(() -> ranks(shared, docs)));
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
