package org.tagrank.learn;

import org.junit.jupiter.api.Test;
import org.tagrank.core.Dataset;
import org.tagrank.core.FeatureIndex;
import org.tagrank.core.LabelInstance;
import org.tagrank.core.LabelSet;
import org.tagrank.core.SparseVector;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * More weights than a Java array holds (all-vs-all's K(K−1)/2 columns reach it first) failed with an
 * ArithmeticException "integer overflow", which says nothing of why; now a message with the sizes and what to change.
 */
class TooManyWeightsTest {

    @Test
    void allVsAllOverTooManyFeaturesSaysHowManyWeightsItWouldNeed() {
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            labels.add("L" + i);
        }
        int features = 433_900; // x 4950 pair columns = 2,147,805,000 > 2^31 - 1
        List<String> names = new ArrayList<>(features);
        for (int i = 0; i < features; i++) {
            names.add(Integer.toString(i));
        }
        Dataset d = new Dataset(List.of(new LabelInstance(SparseVector.binary(new int[]{0}), 0),
                new LabelInstance(SparseVector.binary(new int[]{1}), 1)), LabelSet.of(labels), FeatureIndex.of(names));
        for (TrainerConfig.OptimizerKind opt : TrainerConfig.OptimizerKind.values()) {
            TrainerConfig c = TrainerConfig.builder(TrainerConfig.Learner.AVA).optimizer(opt).epochs(1).build();
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> Trainers.create(c).train(d, null, TrainingListener.SILENT), opt.id());
            assertEquals("the model would have 433900 features x 4950 weight columns = 2147805000 weights, more than a "
                    + "Java array holds (2147483639): raise the count cutoff or use a learner with one column per label, "
                    + "not all-vs-all", e.getMessage(), opt.id());
        }
    }
}
