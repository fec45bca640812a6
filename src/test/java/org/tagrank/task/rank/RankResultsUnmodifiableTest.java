package org.tagrank.task.rank;

import org.junit.jupiter.api.Test;
import org.tagrank.core.CandidateInstance;
import org.tagrank.core.LinearModel;
import org.tagrank.core.ScoredOutput;
import org.tagrank.learn.TrainerConfig;
import org.tagrank.learn.Trainers;
import org.tagrank.learn.TrainingListener;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Ranked results are values: a caller cannot add to, remove from or reorder them. */
class RankResultsUnmodifiableTest {

    @Test
    void rankAndTopKReturnUnmodifiableLists() throws Exception {
        List<RankingExample> ex = RankingReader.read(Fixtures.ranking(), RankingReader.GoldPolicy.REQUIRED);
        LinearModel m = Trainers.create(TrainerConfig.builder(TrainerConfig.Learner.LR).epochs(10).patience(0).seed(7)
                .build()).train(CandidateRanker.trainingSet(ex, 1), null, TrainingListener.SILENT);
        CandidateRanker r = new CandidateRanker(m);
        CandidateInstance x = r.encode(ex.get(2));

        List<RankedCandidate> ranked = r.rank(x, List.of("p", "q", "r"), 3, 0);
        assertEquals(3, ranked.size());
        assertThrows(UnsupportedOperationException.class, () -> ranked.remove(0));
        assertThrows(UnsupportedOperationException.class, () -> ranked.set(0, ranked.get(1)));

        List<ScoredOutput> top = m.topK(x, 2);
        assertEquals(2, top.size());
        assertThrows(UnsupportedOperationException.class, top::clear);
    }
}
