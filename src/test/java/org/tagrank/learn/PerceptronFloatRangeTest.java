package org.tagrank.learn;

import org.junit.jupiter.api.Test;
import org.tagrank.core.CandidateInstance;
import org.tagrank.core.Dataset;
import org.tagrank.core.FeatureIndex;
import org.tagrank.core.Instance;
import org.tagrank.core.LabelSet;
import org.tagrank.core.SparseVector;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The perceptron's averaged weights are stored as floats. Feature values near the float limit (a gold candidate at
 * +3e38, the other at -3e38: one update adds 6e38) gave an average beyond the float range, and training ended with
 * the model constructor's "weight 0 is not finite: Infinity", which says neither that training failed nor what to
 * change. It now stops as the other learners do: "training diverged in epoch N ... scale the feature values down".
 */
class PerceptronFloatRangeTest {

    @Test
    void anAverageBeyondTheFloatRangeIsReportedAsDivergence() {
        List<Instance> xs = List.of(new CandidateInstance(List.of(SparseVector.of(new int[]{0}, new double[]{3e38}),
                SparseVector.of(new int[]{0}, new double[]{-3e38})), 0));
        Dataset data = new Dataset(xs, LabelSet.of(List.of()), FeatureIndex.of(List.of("f")));
        // the average after epoch T is 6e38 T/(T+1): 3e38 after the first, beyond the float range after the second
        TrainerConfig config = TrainerConfig.builder(TrainerConfig.Learner.PERCEPTRON).epochs(3).patience(0).build();
        TrainingDivergedException e = assertThrows(TrainingDivergedException.class,
                () -> Trainers.create(config).train(data, null, TrainingListener.SILENT));
        assertTrue(e.getMessage().startsWith("training diverged in epoch 3: weight 0 became Infinity (perceptron); "
                + "scale the feature values down"), e.getMessage());
    }
}
