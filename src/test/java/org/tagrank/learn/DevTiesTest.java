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
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Early stopping's dev accuracy with {@code devTiesShareCredit}: a gold candidate tied with t-1 others at the top
 * earns 1/t, as MCTest's evaluation scores it. It was always the first-listed candidate that won a tie, so MCTest's
 * bundled model recorded dev accuracy 71.56% in score.dev_accuracy and 71.33% in score.dev.accuracy.
 */
class DevTiesTest {

    /** Train: the gold candidate has the feature, the other not. Dev: one such example, one with both candidates empty. */
    private static Dataset data(boolean dev) {
        List<Instance> xs = new ArrayList<>();
        for (int i = 0; i < (dev ? 1 : 10); i++) {
            xs.add(new CandidateInstance(List.of(SparseVector.of(new int[]{0}, new double[]{1}),
                    SparseVector.of(new int[]{}, new double[]{})), 0));
        }
        if (dev) { // gold listed first: the first-wins rule gave it full credit
            xs.add(new CandidateInstance(List.of(SparseVector.of(new int[]{}, new double[]{}),
                    SparseVector.of(new int[]{}, new double[]{})), 0));
        }
        return new Dataset(xs, LabelSet.of(List.of()), FeatureIndex.of(List.of("match")));
    }

    private static String devAccuracy(TrainerConfig.Builder b) {
        LinearModel m = Trainers.create(b.epochs(2).patience(0).build()).train(data(false), data(true),
                TrainingListener.SILENT);
        return m.provenance().get("score.dev_accuracy");
    }

    @Test
    void aTieAtTheTopEarnsOneOverT() {
        for (TrainerConfig.Learner l : List.of(TrainerConfig.Learner.PERCEPTRON, TrainerConfig.Learner.LR)) {
            assertEquals("1.0000", devAccuracy(TrainerConfig.builder(l)), l + ": first candidate wins a tie");
            assertEquals("0.7500", devAccuracy(TrainerConfig.builder(l).devTiesShareCredit(true)), l.id());
        }
        assertEquals("0.7500", devAccuracy(TrainerConfig.builder(TrainerConfig.Learner.LR)
                .optimizer(TrainerConfig.OptimizerKind.LBFGS).devTiesShareCredit(true)));
    }

    @Test
    void theRuleIsRecordedOnlyWhenItIsNotTheDefault() {
        assertFalse(TrainerConfig.builder(TrainerConfig.Learner.LR).build().toMap().containsKey("trainer.dev_ties"));
        assertEquals("share", TrainerConfig.builder(TrainerConfig.Learner.LR).devTiesShareCredit(true).build().toMap()
                .get("trainer.dev_ties"));
        TrainerConfig c = TrainerConfig.builder(TrainerConfig.Learner.SVM).devTiesShareCredit(true).seed(5).build();
        assertEquals(c, c.withSeed(5).withCost(null));
        assertEquals(6, c.withSeed(6).seed());
    }
}
