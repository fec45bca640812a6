package org.tagrank.feature;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * Spherical k-means over a table of word vectors: rows scaled to unit length, each assigned to the centroid of
 * highest cosine, centroids the normalised sums of their rows. Initial centroids are {@code k} distinct non-zero
 * rows drawn with the seed; an emptied cluster keeps its centroid. Deterministic for a seed (the assignment pass
 * runs in parallel, each row on its own; sums are added in row order).
 */
public final class SphericalKMeans {
    /** Called after each pass. */
    public interface Listener {
        void pass(int pass, int moved, double meanCosine);
    }

    private SphericalKMeans() {
    }

    /**
     * The cluster (0..k-1) of every row, -1 for rows whose vector is (nearly) all zeros.
     *
     * @param passes at most this many assignment passes (stops earlier when no row moves)
     */
    public static int[] cluster(WordVectors vectors, int k, int passes, long seed, Listener listener) {
        int dim = vectors.dimension();
        float[] unit = vectors.unitRows();
        int n = vectors.size();
        int[] nonZero = IntStream.range(0, n).filter(r -> !WordVectors.isZeroRow(unit, r, dim)).toArray();
        if (passes < 1) { // no pass assigns any row: every word would come back without a cluster
            throw new IllegalArgumentException("passes must be >= 1, got " + passes);
        }
        if (k < 1 || k > nonZero.length) {
            throw new IllegalArgumentException("k must be between 1 and the " + nonZero.length + " non-zero rows, not " + k);
        }
        // k distinct rows by a partial Fisher-Yates shuffle of the non-zero rows
        SplittableRandom random = new SplittableRandom(seed);
        int[] pool = nonZero.clone();
        float[] centroids = new float[k * dim];
        for (int c = 0; c < k; c++) {
            int j = c + random.nextInt(pool.length - c);
            int t = pool[c];
            pool[c] = pool[j];
            pool[j] = t;
            System.arraycopy(unit, pool[c] * dim, centroids, c * dim, dim);
        }
        int[] assign = new int[n];
        Arrays.fill(assign, -1);
        float[] cosines = new float[n];
        for (int pass = 1; pass <= passes; pass++) {
            int[] moved = new int[1];
            int[] next = new int[n];
            IntStream.range(0, n).parallel().forEach(r -> {
                if (WordVectors.isZeroRow(unit, r, dim)) {
                    next[r] = -1;
                    return;
                }
                int best = 0;
                float bestDot = Float.NEGATIVE_INFINITY;
                int base = r * dim;
                for (int c = 0; c < k; c++) {
                    int cb = c * dim;
                    float dot = 0;
                    for (int d = 0; d < dim; d++) {
                        dot += unit[base + d] * centroids[cb + d];
                    }
                    if (dot > bestDot) {
                        bestDot = dot;
                        best = c;
                    }
                }
                next[r] = best;
                cosines[r] = bestDot;
            });
            double sum = 0;
            for (int r : nonZero) {
                if (next[r] != assign[r]) {
                    moved[0]++;
                }
                sum += cosines[r];
            }
            System.arraycopy(next, 0, assign, 0, n);
            double[] sums = new double[k * dim];
            for (int r : nonZero) {
                int cb = assign[r] * dim;
                for (int d = 0; d < dim; d++) {
                    sums[cb + d] += unit[r * dim + d];
                }
            }
            for (int c = 0; c < k; c++) {
                double len = 0;
                for (int d = 0; d < dim; d++) {
                    len += sums[c * dim + d] * sums[c * dim + d];
                }
                if (len > 0) {
                    double inv = 1 / Math.sqrt(len);
                    for (int d = 0; d < dim; d++) {
                        centroids[c * dim + d] = (float) (sums[c * dim + d] * inv);
                    }
                }
            }
            if (listener != null) {
                listener.pass(pass, moved[0], sum / nonZero.length);
            }
            if (moved[0] == 0) {
                break;
            }
        }
        return assign;
    }
}
