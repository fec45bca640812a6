package org.tagrank.learn;

import org.junit.jupiter.api.Test;
import org.tagrank.core.CandidateInstance;
import org.tagrank.core.Dataset;
import org.tagrank.core.FeatureIndex;
import org.tagrank.core.Instance;
import org.tagrank.core.LabelSet;
import org.tagrank.core.SparseVector;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * All-vs-all on candidate data is refused whatever label set the data set carries. Before, candidate data with a
 * label set of two or more labels trained label-pair logistic losses over candidate positions and returned an
 * argmax candidate model from them without a word (only an empty label set was refused).
 */
class AllVsAllCandidatesTest {

    @Test
    void candidateDataIsRefusedWithOrWithoutALabelSet() {
        List<Instance> xs = List.of(new CandidateInstance(List.of(SparseVector.binary(new int[]{0}),
                SparseVector.binary(new int[]{1}), SparseVector.binary(new int[]{0, 1})), 1));
        for (LabelSet labels : List.of(LabelSet.of("a", "b"), LabelSet.of(List.of()))) {
            Dataset d = new Dataset(xs, labels, FeatureIndex.of(List.of("f", "g")));
            for (TrainerConfig.OptimizerKind opt : TrainerConfig.OptimizerKind.values()) {
                TrainerConfig c = TrainerConfig.builder(TrainerConfig.Learner.AVA).optimizer(opt).epochs(2).build();
                assertEquals("all-vs-all needs label instances, not candidate instances", assertThrows(
                        IllegalArgumentException.class, () -> Trainers.create(c).train(d, null, TrainingListener.SILENT),
                        labels + " " + opt).getMessage());
            }
        }
    }
}
