package org.tagrank.task.rank;

import org.junit.jupiter.api.Test;
import org.tagrank.core.CandidateInstance;
import org.tagrank.core.Dataset;
import org.tagrank.core.LinearModel;
import org.tagrank.io.ModelBundle;
import org.tagrank.io.ModelIO;
import org.tagrank.learn.TrainerConfig;
import org.tagrank.learn.Trainers;
import org.tagrank.learn.TrainingListener;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CandidateRankerTest {

    private static List<RankingExample> data() throws Exception {
        return RankingReader.read(Fixtures.ranking(), RankingReader.GoldPolicy.REQUIRED);
    }

    private static LinearModel train(TrainerConfig.Learner learner, Dataset d) {
        TrainerConfig c = TrainerConfig.builder(learner).epochs(30).patience(0).seed(7).build();
        return Trainers.create(c).train(d, null, TrainingListener.SILENT);
    }

    private static List<CandidateInstance> encodeAll(LinearModel m, List<RankingExample> ex) {
        List<CandidateInstance> out = new ArrayList<>();
        for (RankingExample e : ex) {
            out.add(CandidateRanker.encode(m.features(), e));
        }
        return out;
    }

    @Test
    void everyLearnerFitsTheSeparableFixture() throws Exception {
        List<RankingExample> ex = data();
        Dataset d = CandidateRanker.trainingSet(ex, 1);
        assertEquals(6, d.size());
        for (TrainerConfig.Learner l : List.of(TrainerConfig.Learner.LR, TrainerConfig.Learner.SVM,
                TrainerConfig.Learner.PERCEPTRON)) {
            CandidateRanker r = new CandidateRanker(train(l, d));
            var e = r.evaluate(encodeAll(r.model(), ex));
            assertEquals(6, e.total(), l.id());
            assertEquals(1.0, e.accuracy(), l.id());
            assertEquals(1.0, e.mrr(), l.id());
        }
    }

    /**
     * An example without a gold candidate (read with GoldPolicy.OPTIONAL) is named by its id and line, as
     * McTestRanker.trainingSet names a question without an answer: it was "training data: instance 1 has no gold
     * output" from the learner, a 0-based count of the examples.
     */
    @Test
    void trainingExamplesWithoutGoldAreNamed() throws Exception {
        List<RankingExample> ex = new ArrayList<>(data());
        List<RankingCandidate> unknown = new ArrayList<>();
        for (RankingCandidate c : ex.get(0).candidates()) {
            unknown.add(new RankingCandidate(c.id(), null, c.names(), c.values()));
        }
        ex.add(1, new RankingExample("q9", unknown, 40));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CandidateRanker.trainingSet(ex, 1));
        assertEquals("training example 'q9' (line 40) has no gold candidate", e.getMessage());
    }

    @Test
    void rankingGivesProbabilitiesBestFirstAndExplanations() throws Exception {
        List<RankingExample> ex = data();
        CandidateRanker r = new CandidateRanker(train(TrainerConfig.Learner.LR, CandidateRanker.trainingSet(ex, 1)));
        RankingExample q3 = ex.get(2);
        List<RankedCandidate> all = r.rank(r.encode(q3), List.of("p", "q", "r"), 10, 2);
        assertEquals(3, all.size());
        assertEquals("r", all.get(0).id());
        assertEquals(2, all.get(0).index());
        double sum = 0;
        for (int i = 0; i < all.size(); i++) {
            assertEquals(i + 1, all.get(i).rank());
            sum += all.get(i).probability();
            if (i > 0) {
                assertTrue(all.get(i).score() <= all.get(i - 1).score());
            }
        }
        assertEquals(1.0, sum, 1e-9);
        assertTrue(all.get(0).explanation().size() <= 2);
        assertFalse(all.get(0).explanation().isEmpty());
        assertEquals(1, r.rank(r.encode(q3), List.of("p", "q", "r"), 1, 0).size());
        assertTrue(r.rank(r.encode(q3), List.of("p", "q", "r"), 1, 0).get(0).explanation().isEmpty());
        assertThrows(IllegalArgumentException.class, () -> r.rank(r.encode(q3), List.of("p"), 1, 0));
    }

    @Test
    void unknownFeaturesAreDroppedAtInference() throws Exception {
        CandidateRanker r = new CandidateRanker(train(TrainerConfig.Learner.LR, CandidateRanker.trainingSet(data(), 1)));
        RankingExample e = RankingReader.read(new java.io.StringReader("z\ta\t?\tnever_seen=5\nz\tb\t?\tmatch=1\n"), "x",
                RankingReader.GoldPolicy.OPTIONAL).get(0);
        CandidateInstance x = r.encode(e);
        assertEquals(0, x.candidates().get(0).size());
        assertEquals(-1, x.gold());
        assertEquals(1, r.rank(x, List.of("a", "b"), 1, 0).get(0).index());
    }

    @Test
    void modelRoundTripKeepsScoresAndBytes() throws Exception {
        List<RankingExample> ex = data();
        Dataset d = CandidateRanker.trainingSet(ex, 1);
        LinearModel m = train(TrainerConfig.Learner.SVM, d);
        ByteArrayOutputStream a = new ByteArrayOutputStream();
        ModelIO.write(new ModelBundle("rank", m), a);
        LinearModel back = ModelIO.read(new ByteArrayInputStream(a.toByteArray()), "rank", "mem").model();
        for (CandidateInstance x : encodeAll(m, ex)) {
            assertArrayEquals(m.scores(x), back.scores(x), 1e-12);
        }
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        ModelIO.write(new ModelBundle("rank", train(TrainerConfig.Learner.SVM, CandidateRanker.trainingSet(data(), 1))), b);
        assertArrayEquals(a.toByteArray(), b.toByteArray(), "same data and seed give the same model bytes");
    }

    @Test
    void aLabelModelIsRejected() {
        LinearModel labels = LinearModel.forLabels(org.tagrank.core.LabelSet.of(List.of("a", "b")),
                org.tagrank.core.FeatureIndex.of(List.of("f")), LinearModel.Decoding.ARGMAX, new float[2],
                org.tagrank.core.Provenance.empty());
        assertThrows(IllegalArgumentException.class, () -> new CandidateRanker(labels));
    }
}
