package org.tagrank.learn;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Without dev data, L-BFGS stopping on its own before --epochs iterations said "done: 6 epochs (no dev data)", as if
 * 6 had been asked for; with dev data the same stop says "converged". It now says so without dev data too.
 */
class LbfgsStopMessageTest {

    @Test
    void anEarlyLbfgsStopSaysItConverged() {
        TrainerConfig config = TrainerConfig.builder(TrainerConfig.Learner.LR).optimizer(TrainerConfig.OptimizerKind.LBFGS)
                .epochs(5000).l2(0.1).patience(0).build();
        List<String> messages = new ArrayList<>();
        int[] epochs = {0};
        Trainers.create(config).train(ToyData.threeClusters(20, 1), null, new TrainingListener() {
            @Override
            public void onEpoch(EpochReport r) {
                epochs[0] = r.epoch();
            }

            @Override
            public void onMessage(String message) {
                messages.add(message);
            }
        });
        assertTrue(epochs[0] < 5000, "the fixture converges well before 5000 iterations");
        assertEquals(List.of("converged after " + epochs[0] + " of 5000 iterations (no dev data)"), messages);
    }

    @Test
    void onlineTrainingWithoutDevStillSaysDone() {
        TrainerConfig config = TrainerConfig.builder(TrainerConfig.Learner.LR).epochs(3).patience(0).build();
        List<String> messages = new ArrayList<>();
        Trainers.create(config).train(ToyData.threeClusters(20, 1), null, new TrainingListener() {
            @Override
            public void onEpoch(EpochReport r) {
            }

            @Override
            public void onMessage(String message) {
                messages.add(message);
            }
        });
        assertEquals(List.of("done: 3 epochs (no dev data)"), messages);
    }
}
