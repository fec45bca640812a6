package org.tagrank.learn;

import org.tagrank.core.SparseVector;

import java.util.stream.IntStream;

/**
 * For label models with at most 64 labels: per feature, a bit mask of the labels whose weight the
 * perceptron has ever updated. Every other weight (and its running sum) is still exactly zero, so
 * scores skip them: a POS model ends with 98% of its feature × tag weights at zero, and reading
 * the dense rows was most of an epoch. Skipping adds of {@code ±0.0} leaves every score equal
 * (up to the sign of a zero, which no comparison sees), so predictions and weights are the same
 * as the dense algorithm's. Not thread-safe while marking; read-only passes may run in parallel.
 */
final class TouchedRows {
    /** Rows with more labels than this are added densely (vectorised), sparser ones bit by bit. */
    private static final int DENSE = 16;

    private final long[] mask;
    private final int columns;

    TouchedRows(int features, int columns) {
        if (columns > 64) {
            throw new IllegalArgumentException("at most 64 labels, got " + columns);
        }
        this.mask = new long[features];
        this.columns = columns;
    }

    /** out[0..columns) = the scores of x under w. */
    void scores(SparseVector x, float[] w, double[] out) {
        java.util.Arrays.fill(out, 0, columns, 0.0);
        for (int i = 0; i < x.size(); i++) {
            int id = x.id(i);
            long m = mask[id];
            if (m == 0) {
                continue;
            }
            int base = id * columns;
            double v = x.value(i);
            if (Long.bitCount(m) > DENSE) {
                for (int k = 0; k < columns; k++) {
                    out[k] += v * w[base + k];
                }
            } else {
                for (; m != 0; m &= m - 1) {
                    int k = Long.numberOfTrailingZeros(m);
                    out[k] += v * w[base + k];
                }
            }
        }
    }

    /** out[0..columns) = the scores of x under the average w − u/c. */
    void averagedScores(SparseVector x, float[] w, double[] u, double c, double[] out) {
        java.util.Arrays.fill(out, 0, columns, 0.0);
        for (int i = 0; i < x.size(); i++) {
            int id = x.id(i);
            int base = id * columns;
            double v = x.value(i);
            for (long m = mask[id]; m != 0; m &= m - 1) {
                int k = Long.numberOfTrailingZeros(m);
                out[k] += v * (w[base + k] - u[base + k] / c);
            }
        }
    }

    /** Records that the rows of x's features were updated for these two labels. */
    void mark(SparseVector x, int a, int b) {
        long bits = 1L << a | 1L << b;
        for (int i = 0; i < x.size(); i++) {
            mask[x.id(i)] |= bits;
        }
    }

    /**
     * Counts the non-zero averaged weights w − u/c and, when {@code out} is given, stores the
     * touched ones there as floats (the others are zero in w, u and, from allocation, in out).
     */
    long average(float[] w, double[] u, double c, float[] out, int parts) {
        return IntStream.range(0, parts).parallel().mapToLong(p -> {
            long n = 0;
            for (int f = (int) ((long) mask.length * p / parts); f < (int) ((long) mask.length * (p + 1) / parts); f++) {
                for (long m = mask[f]; m != 0; m &= m - 1) {
                    int j = f * columns + Long.numberOfTrailingZeros(m);
                    double a = w[j] - u[j] / c;
                    n += a != 0 ? 1 : 0;
                    if (out != null) {
                        out[j] = (float) a;
                    }
                }
            }
            return n;
        }).sum();
    }
}
