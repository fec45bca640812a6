package org.tagrank.learn;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * How a model's provenance names the SVM's cost function. A lambda (CostFunction.ZERO_ONE included) was named by
 * Object.toString, {@code CostFunction$$Lambda$25/0x...@6d06d69c}: an identity hash, so two JVM runs with the same
 * data and seed wrote different model files.
 */
class CostProvenanceTest {

    static String named(CostFunction cost) {
        return TrainerConfig.builder(TrainerConfig.Learner.SVM).cost(cost).build().toMap().get("trainer.cost");
    }

    record Named(String name) implements CostFunction {
        @Override
        public double cost(org.tagrank.core.Instance x, int gold, int predicted) {
            return gold == predicted ? 0 : 1;
        }

        @Override
        public String toString() {
            return name;
        }
    }

    @Test
    void zeroOneAndLambdasHaveStableNames() {
        assertEquals("zero-one", named(null));
        assertEquals("zero-one", named(CostFunction.ZERO_ONE));
        assertEquals("custom", named((x, gold, predicted) -> gold == predicted ? 0 : 2));
        assertEquals("custom", named(new CostFunction() {
            @Override
            public double cost(org.tagrank.core.Instance x, int gold, int predicted) {
                return 1;
            }
        }));
    }

    @Test
    void aFunctionsOwnNameIsKeptOnOneLine() {
        assertEquals("CostMatrix[0.0,0.5;1.0,0.0]", named(new CostMatrix(new double[][]{{0, 0.5}, {1, 0}})));
        assertEquals("distance", named(new Named("distance")));
        assertEquals("by distance ok", named(new Named("by distance\r\nok")));
    }

    /** With %g two matrices a seventh digit apart were recorded as the same string. */
    @Test
    void matricesThatDifferAreNamedApart() {
        String a = named(new CostMatrix(new double[][]{{0, 0.5}, {1, 0}}));
        String b = named(new CostMatrix(new double[][]{{0, 0.5000001}, {1, 0}}));
        assertEquals("CostMatrix[0.0,0.5000001;1.0,0.0]", b);
        org.junit.jupiter.api.Assertions.assertNotEquals(a, b);
    }
}
