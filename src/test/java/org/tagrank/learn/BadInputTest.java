package org.tagrank.learn;

import org.junit.jupiter.api.Test;
import org.tagrank.core.Dataset;
import org.tagrank.core.FeatureIndex;
import org.tagrank.core.Instance;
import org.tagrank.core.LabelInstance;
import org.tagrank.core.LabelSet;
import org.tagrank.core.SparseVector;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BadInputTest {

    @Test
    void emptyDataIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Dataset(List.of(), LabelSet.of("a", "b"), FeatureIndex.of(List.of("f"))));
        assertTrue(e.getMessage().contains("empty"), e.getMessage());
    }

    @Test
    void oneLabelIsRejected() {
        List<Instance> xs = List.of(new LabelInstance(SparseVector.binary(new int[]{0}), 0));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Dataset(xs, LabelSet.of("only"), FeatureIndex.of(List.of("f"))));
        assertTrue(e.getMessage().contains("at least 2 labels") && e.getMessage().contains("only"), e.getMessage());
    }

    @Test
    void nanFeatureValuesAreRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SparseVector.of(new int[]{0, 1}, new double[]{1.0, Double.NaN}));
        assertTrue(e.getMessage().contains("not finite"), e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> SparseVector.of(new int[]{0}, new double[]{Double.POSITIVE_INFINITY}));
    }

    @Test
    void featureIdsOutsideTheIndexAreRejected() {
        List<Instance> xs = List.of(new LabelInstance(SparseVector.binary(new int[]{5}), 0));
        assertThrows(IllegalArgumentException.class, () -> new Dataset(xs, LabelSet.of("a", "b"), FeatureIndex.of(List.of("f"))));
    }

    @Test
    void badConfigurationsSayWhatIsWrong() {
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> TrainerConfig.builder(TrainerConfig.Learner.LR).epochs(0).build()).getMessage().contains("epochs"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> TrainerConfig.builder(TrainerConfig.Learner.LR).learningRate(-1).build()).getMessage().contains("learning rate"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> TrainerConfig.builder(TrainerConfig.Learner.SVM).optimizer(TrainerConfig.OptimizerKind.LBFGS).build())
                .getMessage().contains("smooth"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> TrainerConfig.Learner.parse("svn")).getMessage()
                .contains("svn"));
        assertThrows(IllegalArgumentException.class, () -> new CostMatrix(new double[][]{{0, -1}, {1, 0}}));
        assertThrows(IllegalArgumentException.class, () -> new CostMatrix(new double[][]{{1, 1}, {1, 0}}));
    }

    @Test
    void trainingNeedsGoldLabels() {
        List<Instance> xs = List.of(new LabelInstance(SparseVector.binary(new int[]{0}), -1),
                new LabelInstance(SparseVector.binary(new int[]{0}), 1));
        Dataset d = new Dataset(xs, LabelSet.of("a", "b"), FeatureIndex.of(List.of("f")));
        assertThrows(IllegalArgumentException.class, () -> Trainers.create(TrainerConfig.builder(TrainerConfig.Learner.LR)
                .build()).train(d, null, TrainingListener.SILENT));
    }
}
