package org.tagrank.feature;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SphericalKMeansTest {
    /** Two directions (x and y), lengths varying: spherical k-means must ignore the lengths; one zero row. */
    private static final String TEXT = "a\t1 0.1\nb\t5 -0.2\nc\t0.3 0.01\nd\t0.1 2\ne\t-0.1 7\nf\t0 0.4\nz\t0 0\n";

    @Test
    void groupsByDirectionAndLeavesZeroRowsOut() {
        WordVectors v = WordVectors.parse(TEXT, "t.tsv");
        for (long seed = 1; seed <= 5; seed++) {
            int[] c = SphericalKMeans.cluster(v, 2, 10, seed, null);
            assertEquals(c[0], c[1]);
            assertEquals(c[0], c[2]);
            assertEquals(c[3], c[4]);
            assertEquals(c[3], c[5]);
            assertNotEquals(c[0], c[3]);
            assertEquals(-1, c[6], "all-zero vector: no cluster");
            assertArrayEquals(c, SphericalKMeans.cluster(v, 2, 10, seed, null), "deterministic");
        }
    }

    @Test
    void reportsPassesAndRejectsBadK() {
        WordVectors v = WordVectors.parse(TEXT, "t.tsv");
        int[] passes = new int[1];
        SphericalKMeans.cluster(v, 2, 10, 1, (pass, moved, cos) -> passes[0] = pass);
        assertEquals(2, passes[0], "the second pass moves nothing and stops");
        assertThrows(IllegalArgumentException.class, () -> SphericalKMeans.cluster(v, 7, 10, 1, null), "only 6 non-zero rows");
        assertThrows(IllegalArgumentException.class, () -> SphericalKMeans.cluster(v, 0, 10, 1, null));
    }

    @Test
    void unitRowsScaleToLengthOne() {
        float[] u = WordVectors.parse("a\t3 4\nz\t0 0.000001\n", "t").unitRows();
        assertArrayEquals(new float[]{0.6f, 0.8f, 0, 0}, u, 1e-6f);
    }
}
