package org.tagrank.feature;

import org.junit.jupiter.api.Test;
import org.tagrank.core.CandidateInstance;
import org.tagrank.core.Dataset;
import org.tagrank.core.LabelInstance;
import org.tagrank.core.LabelSet;
import org.tagrank.core.SparseVector;

import java.util.List;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class DatasetBuilderTest {

    private static Consumer<FeatureSink> features(String... names) {
        return sink -> {
            for (String n : names) {
                sink.add(n, 1.0);
            }
        };
    }

    /** Before, each example kept the caller's array: one buffer reused for every example gave all the last costs. */
    @Test
    void candidateCostsAreCopiedSoACallerMayReuseItsArray() {
        DatasetBuilder b = new DatasetBuilder();
        double[] costs = new double[2];
        for (int i = 0; i < 3; i++) {
            costs[0] = 0;
            costs[1] = i + 1;
            b.addCandidateExample(List.of(features("a"), features("b")), 0, costs);
        }
        costs[1] = 99;
        Dataset d = b.build(LabelSet.of(List.of()), 1);
        for (int i = 0; i < 3; i++) {
            assertArrayEquals(new double[]{0, i + 1}, ((CandidateInstance) d.instances().get(i)).costs(), "example " + i);
        }
    }

    @Test
    void cutoffKeepsFirstSeenOrderAndDuplicatesAreSummed() {
        DatasetBuilder b = new DatasetBuilder();
        b.addLabelExample(features("rare", "x", "x", "y"), 0);
        b.addLabelExample(features("y", "x"), 1);
        Dataset d = b.build(LabelSet.of("a", "b"), 2);
        assertEquals(List.of("x", "y"), d.features().names());
        assertEquals(SparseVector.of(new int[]{0, 1}, new double[]{2, 1}), ((LabelInstance) d.instances().get(0)).x());
        assertThrows(IllegalStateException.class, () -> b.addLabelExample(features("z"), 0), "single use");
        assertEquals(SparseVector.of(new int[]{1}, new double[]{1}), DatasetBuilder.encode(d.features(), features("new", "y")));
    }
}
