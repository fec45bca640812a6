package org.tagrank.learn;

import org.junit.jupiter.api.Test;
import org.tagrank.core.CandidateInstance;
import org.tagrank.core.Dataset;
import org.tagrank.core.FeatureIndex;
import org.tagrank.core.Instance;
import org.tagrank.core.LabelSet;
import org.tagrank.core.SparseVector;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A step size far too large (or feature values near the float limit) makes the weights NaN or infinite. Training
 * used to run on through every epoch and fail at the end with "weight 0 is not finite: NaN", or, for the SVM, write
 * an all-zero model without a word; it must stop in the epoch it happens and say what to change.
 */
class DivergenceTest {

    @Test
    void aHugeAdaGradStepStopsInTheFirstEpochWithAClearMessage() {
        TrainerConfig config = TrainerConfig.builder(TrainerConfig.Learner.LR).learningRate(1e300).epochs(5).build();
        TrainingDivergedException e = assertThrows(TrainingDivergedException.class,
                () -> Trainers.create(config).train(ToyData.threeClusters(20, 1), null, TrainingListener.SILENT));
        assertTrue(e.getMessage().startsWith("training diverged in epoch 1"), e.getMessage());
        assertTrue(e.getMessage().contains("learning rate 1.0E300"), e.getMessage());
    }

    @Test
    void hugeStepsOverLargeFeatureValuesAreCaughtForTheOtherLosses() {
        Dataset data = bigCandidates();
        for (TrainerConfig config : List.of(
                TrainerConfig.builder(TrainerConfig.Learner.SVM).learningRate(1e300).epochs(3).build(),
                TrainerConfig.builder(TrainerConfig.Learner.OVA).learningRate(1e300).epochs(3).build())) {
            TrainingDivergedException e = assertThrows(TrainingDivergedException.class,
                    () -> Trainers.create(config).train(data, null, TrainingListener.SILENT), config.toString());
            assertTrue(e.getMessage().startsWith("training diverged"), e.getMessage());
        }
    }

    /** Candidates with one feature near the float limit: a step of 1e300 overflows the scores. */
    private static Dataset bigCandidates() {
        Random r = new Random(3);
        List<Instance> xs = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            int gold = r.nextInt(3);
            List<SparseVector> cands = new ArrayList<>();
            for (int c = 0; c < 3; c++) {
                cands.add(SparseVector.of(new int[]{0, 1}, new double[]{c == gold ? 1 : 0, 3e38 * r.nextDouble()}));
            }
            xs.add(new CandidateInstance(cands, gold));
        }
        return new Dataset(xs, LabelSet.of(List.of()), FeatureIndex.of(List.of("match", "big")));
    }
}
