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
 * Ranking data in which every example has one candidate leave nothing to learn: lr, svm and the perceptron wrote an
 * all-zero model ("done: 10 epochs") that scores every candidate alike, as the refused featureless data did. Such data
 * are refused; one example with two candidates among single ones still trains.
 */
class SingleCandidateDataTest {

    private static CandidateInstance single(int feature) {
        return new CandidateInstance(List.of(SparseVector.binary(new int[]{feature})), 0);
    }

    @Test
    void onlySingleCandidatesAreRefusedByEveryLearner() {
        Dataset data = new Dataset(List.of(single(0), single(1), single(0)), LabelSet.of(List.of()),
                FeatureIndex.of(List.of("a", "b")));
        for (TrainerConfig.Learner l : List.of(TrainerConfig.Learner.PERCEPTRON, TrainerConfig.Learner.LR,
                TrainerConfig.Learner.SVM, TrainerConfig.Learner.OVA)) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Trainers.create(
                    TrainerConfig.builder(l).patience(0).build()).train(data, null, TrainingListener.SILENT), l.id());
            assertEquals("every training example has a single candidate: there is nothing to rank (the model would "
                    + "score every candidate alike)", e.getMessage());
        }
    }

    @Test
    void oneExampleWithTwoCandidatesIsEnough() {
        List<Instance> xs = new ArrayList<>(List.of(single(0), single(1)));
        xs.add(new CandidateInstance(List.of(SparseVector.binary(new int[]{1}), SparseVector.binary(new int[]{0})), 0));
        Dataset data = new Dataset(xs, LabelSet.of(List.of()), FeatureIndex.of(List.of("a", "b")));
        LinearModel m = Trainers.create(TrainerConfig.builder(TrainerConfig.Learner.PERCEPTRON).patience(0).build())
                .train(data, null, TrainingListener.SILENT);
        assertTrue(m.weight(1) > m.weight(0));
    }
}
