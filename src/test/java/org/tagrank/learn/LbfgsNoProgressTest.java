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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Feature values near the float limit make every L-BFGS step from the zero weights raise the objective: the line
 * search gave up in its first iteration, and training reported "done: 0 epochs" and wrote an all-zero model as if it
 * had converged. It must say that it could not start instead. A gradient that is zero at the start (nothing to learn)
 * still gives the zero model.
 */
class LbfgsNoProgressTest {

    @Test
    void noStepFromTheStartIsAnErrorNotAZeroModel() {
        for (TrainerConfig.Learner learner : List.of(TrainerConfig.Learner.LR, TrainerConfig.Learner.OVA)) {
            TrainerConfig config = TrainerConfig.builder(learner).optimizer(TrainerConfig.OptimizerKind.LBFGS)
                    .epochs(20).patience(0).build();
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> Trainers.create(config).train(hugeCandidates(), null, TrainingListener.SILENT), learner.id());
            assertTrue(e.getMessage().startsWith("L-BFGS found no step"), e.getMessage());
            assertTrue(e.getMessage().contains("scale the feature values down"), e.getMessage());
        }
    }

    @Test
    void anL2ThatLeavesNoStepIsNamedToo() {
        TrainerConfig config = TrainerConfig.builder(TrainerConfig.Learner.LR).optimizer(TrainerConfig.OptimizerKind.LBFGS)
                .l2(1e20).patience(0).build();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Trainers.create(config).train(ToyData.threeClusters(10, 1), null, TrainingListener.SILENT));
        assertTrue(e.getMessage().contains("l2 1.0E20): the scores overflow"), e.getMessage());
        assertTrue(e.getMessage().endsWith("or the l2 is so large that zero weights are as good as optimal (lower it)"),
                e.getMessage());
    }

    @Test
    void aZeroGradientAtTheStartStillGivesTheZeroModel() {
        // f against nothing, won once by each: the two examples' gradients cancel, and w = 0 is optimal
        SparseVector f = SparseVector.of(new int[]{0}, new double[]{1});
        SparseVector none = SparseVector.of(new int[0], new double[0]);
        List<Instance> xs = List.of(new CandidateInstance(List.of(f, none), 0), new CandidateInstance(List.of(f, none), 1));
        Dataset data = new Dataset(xs, LabelSet.of(List.of()), FeatureIndex.of(List.of("f")));
        TrainerConfig config = TrainerConfig.builder(TrainerConfig.Learner.LR).optimizer(TrainerConfig.OptimizerKind.LBFGS)
                .patience(0).build();
        assertEquals(0f, Trainers.create(config).train(data, null, TrainingListener.SILENT).weight(0));
    }

    /** Random candidates whose feature values reach 3e38: any usable step overflows the scores. */
    private static Dataset hugeCandidates() {
        Random r = new Random(3);
        List<Instance> xs = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            int gold = r.nextInt(3);
            List<SparseVector> cands = new ArrayList<>();
            for (int c = 0; c < 3; c++) {
                cands.add(SparseVector.of(new int[]{0, 1, 2}, new double[]{(2 * r.nextDouble() - 1) * 3e38,
                        (2 * r.nextDouble() - 1) * 3e38, (2 * r.nextDouble() - 1) * 3e38}));
            }
            xs.add(new CandidateInstance(cands, gold));
        }
        return new Dataset(xs, LabelSet.of(List.of()), FeatureIndex.of(List.of("a", "b", "c")));
    }
}
