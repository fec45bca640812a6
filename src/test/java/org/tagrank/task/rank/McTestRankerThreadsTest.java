package org.tagrank.task.rank;

import org.junit.jupiter.api.Test;
import org.tagrank.core.LinearModel;
import org.tagrank.io.ModelIO;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** MCTest features (WordNet, story indexes) and the shipped model used from threads score as one thread does. */
class McTestRankerThreadsTest {

    private static List<String> scores(McTestRanker r, LinearModel m, List<McTestStory> stories) {
        List<String> out = new ArrayList<>();
        for (McTestStory s : stories) {
            StoryIndex idx = new StoryIndex(s.text());
            for (McTestQuestion q : s.questions()) {
                out.add(Arrays.toString(m.scores(r.encode(idx, q))));
            }
        }
        return out;
    }

    @Test
    void theShippedRankerUsedFromFourThreadsScoresAsOneThreadDoes() throws Exception {
        McTestRankerTest.assumeWordNet();
        List<McTestStory> stories = McTestReader.read(Fixtures.mctest(), true);
        LinearModel model = ModelIO.read("models/en-mctest-rank-lr-1.lin.zip", "mctest").model();
        List<String> expected = scores(new McTestRanker(model), model, stories);
        McTestRanker shared = new McTestRanker(model);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<String>>> results = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                results.add(pool.submit(() -> scores(shared, model, stories)));
            }
            for (Future<List<String>> f : results) {
                assertEquals(expected, f.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
