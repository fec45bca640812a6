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
 * An SVM cost matrix must be over the training labels. Before, a smaller one failed with an
 * ArrayIndexOutOfBoundsException in the middle of training, a larger one was used with its extra rows ignored, and
 * one given for candidate data indexed it by candidate position (costs of labels for candidates).
 */
class CostMatrixShapeTest {

    static String refused(CostMatrix m, Dataset train) {
        TrainerConfig c = TrainerConfig.builder(TrainerConfig.Learner.SVM).cost(m).epochs(2).build();
        return assertThrows(IllegalArgumentException.class,
                () -> Trainers.create(c).train(train, null, TrainingListener.SILENT)).getMessage();
    }

    @Test
    void aMatrixOfAnotherSizeIsRefused() {
        Dataset d = ToyData.threeClusters(5, 1);
        assertEquals("the cost matrix is 2 x 2 but the training data have 3 labels", refused(CostMatrix.uniform(2), d));
        assertEquals("the cost matrix is 4 x 4 but the training data have 3 labels", refused(CostMatrix.uniform(4), d));
        TrainerConfig ok = TrainerConfig.builder(TrainerConfig.Learner.SVM).cost(CostMatrix.uniform(3)).epochs(2).build();
        assertEquals(3, Trainers.create(ok).train(d, null, TrainingListener.SILENT).labels().size());
    }

    @Test
    void aMatrixForCandidateDataIsRefused() {
        List<Instance> xs = List.of(new CandidateInstance(List.of(SparseVector.binary(new int[]{0}),
                SparseVector.binary(new int[]{1}), SparseVector.binary(new int[]{0, 1})), 2));
        Dataset d = new Dataset(xs, LabelSet.of(List.of()), FeatureIndex.of(List.of("f", "g")));
        assertEquals("a cost matrix is over labels, but the training data are candidate instances (give each "
                + "CandidateInstance its own costs instead)", refused(CostMatrix.uniform(3), d));
    }
}
