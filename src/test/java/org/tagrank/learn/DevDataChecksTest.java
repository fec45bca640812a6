package org.tagrank.learn;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.tagrank.core.CandidateInstance;
import org.tagrank.core.Dataset;
import org.tagrank.core.FeatureIndex;
import org.tagrank.core.Instance;
import org.tagrank.core.LabelInstance;
import org.tagrank.core.LabelSet;
import org.tagrank.core.SparseVector;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Dev data that is not in the training data's terms is refused with a message, for every learner: before, a dev set
 * whose label ids meant other labels (or whose feature ids meant other features, or of the other kind of instance)
 * was scored as if it were, giving the accuracy of another problem and early stopping on it, and one with more labels
 * or features failed with an ArrayIndexOutOfBoundsException.
 */
class DevDataChecksTest {
    private static final String[] LEARNERS = {"perceptron", "lr-sgd", "lr-adagrad", "lr-lbfgs", "svm-adagrad",
            "ova-lbfgs", "ava-lbfgs"};

    static TrainerConfig config(String spec) {
        String[] a = spec.split("-");
        TrainerConfig.Builder b = TrainerConfig.builder(TrainerConfig.Learner.parse(a[0])).epochs(3);
        if (a.length > 1) {
            b.optimizer(TrainerConfig.OptimizerKind.parse(a[1]));
        }
        return b.build();
    }

    static String refused(String spec, Dataset train, Dataset dev) {
        return assertThrows(IllegalArgumentException.class,
                () -> Trainers.create(config(spec)).train(train, dev, TrainingListener.SILENT), spec).getMessage();
    }

    static Dataset candidates(FeatureIndex features) {
        List<Instance> xs = List.of(
                new CandidateInstance(List.of(SparseVector.binary(new int[]{0}), SparseVector.binary(new int[]{1})), 1),
                new CandidateInstance(List.of(SparseVector.binary(new int[]{2}), SparseVector.binary(new int[]{0})), 0));
        return new Dataset(xs, LabelSet.of(List.of()), features);
    }

    @ParameterizedTest
    @ValueSource(strings = {"perceptron", "lr-sgd", "lr-adagrad", "lr-lbfgs", "svm-adagrad", "ova-lbfgs", "ava-lbfgs"})
    void devLabelsInAnotherOrderAreRefused(String spec) {
        Dataset train = ToyData.threeClusters(10, 1);
        Dataset dev = new Dataset(train.instances(), LabelSet.of("c", "b", "a"), train.features());
        String m = refused(spec, train, dev);
        assertTrue(m.contains("labels") && m.contains("[c, b, a]") && m.contains("[a, b, c]"), m);
    }

    @ParameterizedTest
    @ValueSource(strings = {"perceptron", "lr-sgd", "lr-lbfgs", "ava-lbfgs"})
    void devWithLabelsAndFeaturesTheTrainingDataLackIsRefused(String spec) {
        Dataset train = ToyData.threeClusters(10, 1);
        List<Instance> xs = new ArrayList<>(train.instances());
        xs.add(new LabelInstance(SparseVector.binary(new int[]{3}), 3));
        Dataset dev = new Dataset(xs, LabelSet.of("a", "b", "c", "d"), FeatureIndex.of(List.of("x", "y", "bias", "z")));
        String m = refused(spec, train, dev);
        assertTrue(m.contains("labels") && m.contains("d]"), m);
        Dataset sameLabels = new Dataset(train.instances(), train.labels(), FeatureIndex.of(List.of("x", "y", "bias", "z")));
        m = refused(spec, train, sameLabels);
        assertTrue(m.contains("feature index") && m.contains("4 features") && m.contains("(3)"), m);
    }

    @Test
    void devFeaturesUnderOtherNamesAreRefusedAnEqualIndexIsNot() {
        Dataset train = ToyData.threeClusters(10, 1);
        Dataset renamed = new Dataset(train.instances(), train.labels(), FeatureIndex.of(List.of("y", "x", "bias")));
        for (String spec : LEARNERS) {
            assertTrue(refused(spec, train, renamed).contains("feature index"), spec);
            Dataset equal = new Dataset(train.instances(), LabelSet.of("a", "b", "c"),
                    FeatureIndex.of(List.of("x", "y", "bias")));
            assertNotNull(Trainers.create(config(spec)).train(train, equal, TrainingListener.SILENT), spec);
        }
    }

    @Test
    void devOfTheOtherKindIsRefused() {
        Dataset labels = ToyData.threeClusters(10, 1);
        Dataset cands = candidates(labels.features());
        for (String spec : LEARNERS) {
            String m = refused(spec, labels, cands);
            assertTrue(m.contains("dev data are candidate instances") && m.contains("label instances"), spec + ": " + m);
            if (!spec.startsWith("ava")) {
                m = refused(spec, cands, labels);
                assertTrue(m.contains("dev data are label instances"), spec + ": " + m);
            }
        }
    }

    @Test
    void devWithoutGoldIsRefused() {
        Dataset train = ToyData.threeClusters(10, 1);
        List<Instance> xs = new ArrayList<>(train.instances());
        xs.set(4, new LabelInstance(((LabelInstance) xs.get(4)).x(), -1));
        Dataset dev = new Dataset(xs, train.labels(), train.features());
        for (String spec : LEARNERS) {
            String m = refused(spec, train, dev);
            assertEquals("dev data: instance 4 has no gold output", m, spec);
        }
    }
}
