package org.tagrank.learn;

import org.junit.jupiter.api.Test;
import org.tagrank.core.CandidateInstance;
import org.tagrank.core.Dataset;
import org.tagrank.core.FeatureIndex;
import org.tagrank.core.Instance;
import org.tagrank.core.LabelSet;
import org.tagrank.core.LinearModel;
import org.tagrank.core.SparseVector;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Ranking data in which no example's candidates differ (each candidate has the features of the others, or none, as
 * with values of 0) hold nothing to rank, as data of single candidates: lr, svm and the perceptron wrote an all-zero
 * model and exited 0, and ova a model that scores every candidate of an example alike. Such data are refused.
 */
class AlikeCandidatesDataTest {

    private static SparseVector v(int... ids) {
        return SparseVector.binary(ids);
    }

    private static Dataset data(List<Instance> xs) {
        return new Dataset(xs, LabelSet.of(List.of()), FeatureIndex.of(List.of("a", "b")));
    }

    @Test
    void candidatesThatNeverDifferAreRefusedByEveryLearner() {
        Dataset data = data(List.of(new CandidateInstance(List.of(v(), v()), 0),
                new CandidateInstance(List.of(v(0, 1), v(0, 1), v(0, 1)), 1),
                new CandidateInstance(List.of(v(1)), 0)));
        for (TrainerConfig.Learner l : List.of(TrainerConfig.Learner.PERCEPTRON, TrainerConfig.Learner.LR,
                TrainerConfig.Learner.SVM, TrainerConfig.Learner.OVA)) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Trainers.create(
                    TrainerConfig.builder(l).patience(0).build()).train(data, null, TrainingListener.SILENT), l.id());
            assertEquals("no training example has candidates whose features differ: there is nothing to rank (the "
                    + "model would score every candidate alike)", e.getMessage());
        }
    }

    @Test
    void oneExampleWhoseCandidatesDifferIsEnough() {
        List<Instance> xs = new ArrayList<>(List.of(new CandidateInstance(List.of(v(0), v(0)), 0)));
        xs.add(new CandidateInstance(List.of(v(0), v(0, 1)), 1));
        LinearModel m = Trainers.create(TrainerConfig.builder(TrainerConfig.Learner.PERCEPTRON).patience(0).build())
                .train(data(xs), null, TrainingListener.SILENT);
        assertTrue(m.weight(1) > 0);
    }
}
