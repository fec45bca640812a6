package org.tagrank.core;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LinearModelTest {
    static final LabelSet LABELS = LabelSet.of("Health", "Sports", "Science");
    static final FeatureIndex FEATURES = FeatureIndex.of(List.of("contains drug", "contains patients", "contains baseball"));
    // feature-major: drug → (2.09, 2.43, 1.08), patients → (1.69, -0.87, -1.72), baseball → 0
    static final LinearModel MODEL = LinearModel.forLabels(LABELS, FEATURES, LinearModel.Decoding.ARGMAX,
            new float[]{2.09f, 2.43f, 1.08f, 1.69f, -0.87f, -1.72f, 0, 0, 0}, Provenance.empty());
    static final LabelInstance X = new LabelInstance(SparseVector.binary(new int[]{0, 1}), -1);

    @Test
    void scoresTopKAndProbabilities() {
        assertArrayEquals(new double[]{3.78, 1.56, -0.64}, MODEL.scores(X), 1e-5);
        List<ScoredOutput> top = MODEL.topK(X, 2);
        assertEquals("Health", top.get(0).label());
        assertEquals(0.89, Math.round(top.get(0).probability() * 100) / 100.0);
        assertEquals("Sports", top.get(1).label());
        assertEquals(0.10, Math.round(top.get(1).probability() * 100) / 100.0);
        assertEquals(0, MODEL.argmax(X));
    }

    /** Every public method that returns an array hands out a copy: writing into it leaves the model as it was. */
    @Test
    void noPublicMethodExposesTheWeights() throws Exception {
        LinearModel m = LinearModel.forLabels(LABELS, FEATURES, LinearModel.Decoding.ARGMAX,
                new float[]{2.09f, 2.43f, 1.08f, 1.69f, -0.87f, -1.72f, 0, 0, 0}, Provenance.empty());
        int checked = 0;
        for (java.lang.reflect.Method method : LinearModel.class.getMethods()) {
            if (method.getParameterCount() == 0 && method.getReturnType() == float[].class) {
                float[] w = (float[]) method.invoke(m);
                java.util.Arrays.fill(w, 100f);
                checked++;
            }
        }
        assertEquals(1, checked, "weights() is the one array getter");
        assertArrayEquals(new double[]{3.78, 1.56, -0.64}, m.scores(X), 1e-5);
    }

    @Test
    void addRowsAddsTheScaledRowsOfASparseInput() {
        double[] s = {1, 1, 1};
        MODEL.addRows(new int[]{1, 0, 2}, new float[]{2f, 0.5f, 9f}, 2, s); // the third entry is past n
        assertArrayEquals(new double[]{1 + 2 * 1.69 + 0.5 * 2.09, 1 - 2 * 0.87 + 0.5 * 2.43, 1 - 2 * 1.72 + 0.5 * 1.08}, s, 1e-5);
        float[] row1 = new float[3];
        SparseRows rows = SparseRows.of(MODEL);
        rows.addRow(1, row1);
        assertArrayEquals(new float[]{1.69f, -0.87f, -1.72f}, row1);
        assertTrue(rows.isEmpty(2), "the all-zero row of 'contains baseball' keeps no entry");
    }

    @Test
    void explainListsContributionsLargestFirst() {
        List<Contribution> c = MODEL.explain(X, 0, 5);
        assertEquals(2, c.size());
        assertEquals("contains drug", c.get(0).feature());
        assertEquals(2.09, c.get(0).contribution(), 1e-5);
        assertEquals("contains patients", c.get(1).feature());
    }

    @Test
    void explainRefusesANegativeCountAndAnOutputOutOfRangeWithAMessage() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> MODEL.explain(X, 0, -1));
        assertEquals("n must be >= 0, got -1", e.getMessage());
        assertEquals(List.of(), MODEL.explain(X, 0, 0));
        LinearModel ranker = LinearModel.forCandidates(FeatureIndex.of(List.of("f")), new float[]{1f}, Provenance.empty());
        CandidateInstance c = new CandidateInstance(List.of(SparseVector.binary(new int[]{0}), SparseVector.empty()), -1);
        assertEquals(1, ranker.explain(c, 0, 3).size());
        e = assertThrows(IllegalArgumentException.class, () -> ranker.explain(c, 2, 3));
        assertEquals("no candidate 2 (the instance has 2)", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> ranker.explain(c, -1, 3));
        assertEquals("no candidate -1 (the instance has 2)", e.getMessage());
    }

    @Test
    void allVsAllVotes() {
        // columns (a,b), (a,c), (b,c): a beats b, c beats a, b beats c -> a cycle broken by margins
        LinearModel m = LinearModel.forLabels(LabelSet.of("a", "b", "c"), FeatureIndex.of(List.of("f")),
                LinearModel.Decoding.PAIRWISE_VOTE, new float[]{1f, -3f, 0.5f}, Provenance.empty());
        LabelInstance x = new LabelInstance(SparseVector.binary(new int[]{0}), -1);
        double[] s = m.scores(x);
        assertEquals(2, m.argmax(x), "c has one win and the largest summed margin (+3 - 0.5)");
        assertTrue(s[2] > s[0] && s[2] > s[1]);
    }

    @Test
    void rejectsWrongInstanceKindAndBadWeights() {
        CandidateInstance c = new CandidateInstance(List.of(SparseVector.binary(new int[]{0})), 0);
        assertThrows(IllegalArgumentException.class, () -> MODEL.scores(c));
        assertThrows(IllegalArgumentException.class, () -> LinearModel.forLabels(LABELS, FEATURES,
                LinearModel.Decoding.ARGMAX, new float[5], Provenance.empty()));
        assertThrows(IllegalArgumentException.class, () -> LinearModel.forLabels(LABELS, FEATURES,
                LinearModel.Decoding.ARGMAX, new float[]{Float.NaN, 0, 0, 0, 0, 0, 0, 0, 0}, Provenance.empty()));
    }

    @Test
    void immutableAndSafeAcrossThreads() throws Exception {
        float[] w = MODEL.weights();
        w[0] = 100;
        assertEquals(2.09f, MODEL.weight(0), "weights() is a copy");
        ExecutorService ex = Executors.newFixedThreadPool(4);
        try {
            List<Future<double[]>> fs = new java.util.ArrayList<>();
            for (int i = 0; i < 64; i++) {
                fs.add(ex.submit(() -> MODEL.scores(X)));
            }
            for (Future<double[]> f : fs) {
                assertArrayEquals(new double[]{3.78, 1.56, -0.64}, f.get(), 1e-5);
            }
        } finally {
            ex.shutdownNow();
        }
    }

    @Test
    void droppingZeroFeaturesKeepsScores() {
        LinearModel pruned = MODEL.withoutZeroFeatures();
        assertEquals(List.of("contains drug", "contains patients"), pruned.features().names());
        LabelInstance x = new LabelInstance(SparseVector.binary(new int[]{0, 1}), -1);
        assertArrayEquals(MODEL.scores(X), pruned.scores(x), 1e-12);
    }

    @Test
    void featureIndexCutoffAndUnknowns() {
        FeatureIndex.Builder b = new FeatureIndex.Builder();
        b.add("a");
        b.add("b");
        b.add("a");
        FeatureIndex.Frozen f = b.freeze(2);
        assertEquals(1, f.index().size());
        assertEquals(0, f.index().indexOf("a"));
        assertEquals(-1, f.index().indexOf("b"));
        assertArrayEquals(new int[]{0, -1}, f.remap());
        assertEquals(-1, LABELS.indexOf("Nope"));
        assertThrows(IllegalArgumentException.class, () -> LabelSet.of("a", "a"));
    }

    /** A feature id beyond the model's features was an ArrayIndexOutOfBoundsException from inside the scoring loop. */
    @Test
    void anInstanceOverOtherFeaturesIsRefusedByName() {
        LinearModel m = LinearModel.forLabels(LabelSet.of("A", "B"), FeatureIndex.of(List.of("f0", "f1")),
                LinearModel.Decoding.ARGMAX, new float[] {1, 2, 3, 4}, Provenance.empty());
        LabelInstance x = new LabelInstance(SparseVector.binary(new int[] {5}), -1);
        for (org.junit.jupiter.api.function.Executable call : List.<org.junit.jupiter.api.function.Executable>of(
                () -> m.topK(x, 1), () -> m.scores(x), () -> m.explain(x, 0, 3))) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
            assertEquals("the instance uses feature id 5 but the model has 2 features", e.getMessage());
        }
        assertThrows(IllegalArgumentException.class, () -> m.labelWeight(2, 0));
        assertThrows(IllegalArgumentException.class, () -> m.labelWeight(0, 2));
        LinearModel c = LinearModel.forCandidates(FeatureIndex.of(List.of("f0", "f1")), new float[] {1, 2}, Provenance.empty());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> c.scores(new CandidateInstance(List.of(SparseVector.binary(new int[] {0}), SparseVector.binary(new int[] {7})), -1)));
        assertEquals("the instance uses feature id 7 but the model has 2 features", e.getMessage());
        assertEquals(3.0, m.labelWeight(1, 0));
    }
}
