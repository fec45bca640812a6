package org.tagrank.learn;

import org.junit.jupiter.api.Test;
import org.tagrank.core.Dataset;
import org.tagrank.core.FeatureIndex;
import org.tagrank.core.Instance;
import org.tagrank.core.LabelInstance;
import org.tagrank.core.LabelSet;
import org.tagrank.core.LinearModel;
import org.tagrank.core.Pairs;
import org.tagrank.core.ScoredOutput;
import org.tagrank.core.SparseVector;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * All-vs-all voting on ties. A pair column scoring exactly 0 used to vote for its second label, so an input with no
 * known feature (every column 0) went to the LAST label with all K−1 votes (64% with 4 labels under topK), even a
 * label no training example has, where every other learner's argmax ties all labels (25% each, the first wins).
 */
class AllVsAllTiesTest {

    @Test
    void votesByHand() {
        // 3 labels, columns (0,1), (0,2), (1,2): 0 beats 1, 2 beats 0, 1 and 2 tie
        double[] out = new double[3];
        Pairs.votes(new double[]{1, -2, 0}, 3, out);
        double pi = 2 * Math.PI; // the margins' tie-break spans (-0.25, 0.25)
        assertArrayEquals(new double[]{1 + Math.atan(1 - 2) / pi, 0.5 + Math.atan(-1 + 0) / pi,
                1.5 + Math.atan(2 - 0) / pi}, out, 1e-15);
        Pairs.votes(new double[3], 3, out);
        assertArrayEquals(new double[]{1, 1, 1}, out, 0.0, "all columns 0: every label (K-1)/2 votes");
    }

    /** Feature i is label i for a, b, c; label d has no training example; feature fz none either. */
    static Dataset separableWithUnseenLabel() {
        List<Instance> xs = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            for (int k = 0; k < 4; k++) {
                xs.add(new LabelInstance(SparseVector.binary(new int[]{i}), i));
            }
        }
        return new Dataset(xs, LabelSet.of("a", "b", "c", "d"), FeatureIndex.of(List.of("fa", "fb", "fc", "fz")));
    }

    @Test
    void anInputWithoutEvidenceTiesEveryLabelAsUnderArgmax() {
        Dataset d = separableWithUnseenLabel();
        for (TrainerConfig.OptimizerKind opt : TrainerConfig.OptimizerKind.values()) {
            LinearModel ava = Trainers.create(TrainerConfig.builder(TrainerConfig.Learner.AVA).optimizer(opt).epochs(20)
                    .build()).train(d, null, TrainingListener.SILENT);
            LinearModel lr = Trainers.create(TrainerConfig.builder(TrainerConfig.Learner.LR).optimizer(opt).epochs(20)
                    .build()).train(d, null, TrainingListener.SILENT);
            for (int f = 0; f < 3; f++) {
                LabelInstance x = new LabelInstance(SparseVector.binary(new int[]{f}), f);
                assertEquals(f, ava.argmax(x), opt + " separable input " + f);
            }
            for (LabelInstance x : List.of(new LabelInstance(SparseVector.empty(), -1),
                    new LabelInstance(SparseVector.binary(new int[]{3}), -1))) {
                assertEquals(lr.argmax(x), ava.argmax(x), opt + ": " + x);
                assertEquals("a", ava.labels().label(ava.argmax(x)), opt + ": " + x);
                for (ScoredOutput o : ava.topK(x, 4)) {
                    assertEquals(0.25, o.probability(), 1e-12, opt + ": " + o);
                }
            }
        }
    }
}
