package org.tagrank.learn;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * With an absurd l2 (1e300) AdaGrad's sum of squared gradients overflowed to infinity, its steps became 0 and the
 * weights froze at ±learning rate: a model of weights ±0.1 (where the objective's minimum is near 0) was returned
 * without a word. Now training stops in the epoch it happens and names the weight and l2.
 */
class AdaGradOverflowTest {

    @Test
    void anOverflowingSumOfSquaresStopsTrainingWithAMessage() {
        for (TrainerConfig.Learner learner : new TrainerConfig.Learner[]{TrainerConfig.Learner.LR,
                TrainerConfig.Learner.SVM, TrainerConfig.Learner.OVA, TrainerConfig.Learner.AVA}) {
            TrainerConfig config = TrainerConfig.builder(learner).optimizer(TrainerConfig.OptimizerKind.ADAGRAD)
                    .l2(1e300).epochs(3).build();
            TrainingDivergedException e = assertThrows(TrainingDivergedException.class,
                    () -> Trainers.create(config).train(ToyData.threeClusters(10, 1), null, TrainingListener.SILENT),
                    learner.id());
            String m = e.getMessage();
            assertTrue(m.startsWith("training diverged in epoch 1: AdaGrad's sum of squared gradients of weight ")
                    && m.contains("overflowed") && m.contains("l2 is 1.0E300"), m);
        }
    }

    @Test
    void aLargeButRepresentableL2StillTrainsToSmallWeights() {
        TrainerConfig config = TrainerConfig.builder(TrainerConfig.Learner.LR).l2(1e10).epochs(3).build();
        float[] w = Trainers.create(config).train(ToyData.threeClusters(10, 1), null, TrainingListener.SILENT).weights();
        for (float v : w) {
            assertTrue(Math.abs(v) < 0.1, "weight " + v);
        }
    }
}
