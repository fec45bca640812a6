package org.tagrank.core;

import java.util.Arrays;

/**
 * Immutable sparse vector: strictly increasing feature ids with optional values
 * ({@code values == null} means every value is 1, the common binary case).
 */
public final class SparseVector {
    /**
     * Whether a value can be a feature value: finite and within the float range, as vectors store them. For readers
     * that check a file's numbers at their line, rather than here, where no file or line is known.
     */
    public static boolean fitsAFeature(double v) {
        return Math.abs(v) <= Float.MAX_VALUE; // false for NaN and the infinities too
    }

    /** Why a finite value that does not {@link #fitsAFeature fit} is refused, {@code what} naming it: "|what| <= MAX...". */
    public static String floatRange(String what) {
        return "|" + what + "| <= " + Float.MAX_VALUE + ": models store feature values as 32-bit floats";
    }

    private static final SparseVector EMPTY = new SparseVector(new int[0], null);

    private final int[] ids;
    private final float[] values;

    private SparseVector(int[] ids, float[] values) {
        this.ids = ids;
        this.values = values;
    }

    public static SparseVector empty() {
        return EMPTY;
    }

    /** A binary vector over the given ids (any order, duplicates merged; a negative id is an error). */
    public static SparseVector binary(int[] ids) {
        for (int i = 0; i < ids.length; i++) {
            checkId(ids, i);
        }
        int[] sorted = Arrays.stream(ids).sorted().distinct().toArray();
        return new SparseVector(sorted, null);
    }

    /**
     * A vector with values; duplicate ids are summed, zeros kept out; a negative id is an error (dropping it, as
     * before, lost half of the features hashed {@code hash % n} without a word).
     * NaN or infinite values are rejected, and so are values (or sums of duplicates) beyond the float range the
     * vector stores them in, which would otherwise become infinite.
     */
    public static SparseVector of(int[] ids, double[] values) {
        if (ids.length != values.length) {
            throw new IllegalArgumentException("ids and values differ in length: " + ids.length + " vs " + values.length);
        }
        // (id, position) packed in a long: sorting them is a stable sort by id without boxing
        long[] order = new long[ids.length];
        for (int i = 0; i < ids.length; i++) {
            checkId(ids, i);
            if (!Double.isFinite(values[i])) {
                throw new IllegalArgumentException("feature value at position " + i + " is not finite: " + values[i]);
            }
            if (Math.abs(values[i]) > Float.MAX_VALUE) {
                throw new IllegalArgumentException("feature value at position " + i + " is out of range: " + values[i]
                        + " (values are stored as floats: |value| <= " + Float.MAX_VALUE + ")");
            }
            order[i] = (long) ids[i] << 32 | i;
        }
        Arrays.sort(order);
        int[] outIds = new int[ids.length];
        float[] outVals = new float[ids.length];
        int n = 0;
        for (long packed : order) {
            int o = (int) packed;
            int id = ids[o];
            if (n > 0 && outIds[n - 1] == id) {
                outVals[n - 1] += (float) values[o];
                if (!Float.isFinite(outVals[n - 1])) {
                    throw new IllegalArgumentException("feature " + id + " occurs more than once and its values add up "
                            + "beyond the float range (|value| <= " + Float.MAX_VALUE + ")");
                }
            } else {
                outIds[n] = id;
                outVals[n] = (float) values[o];
                n++;
            }
        }
        int m = 0;
        for (int i = 0; i < n; i++) {
            if (outVals[i] != 0f) {
                outIds[m] = outIds[i];
                outVals[m] = outVals[i];
                m++;
            }
        }
        return new SparseVector(Arrays.copyOf(outIds, m), Arrays.copyOf(outVals, m));
    }

    private static void checkId(int[] ids, int i) {
        if (ids[i] < 0) {
            throw new IllegalArgumentException("feature id at position " + i + " is negative: " + ids[i]);
        }
    }

    /**
     * A vector over ids already strictly increasing and non-negative, with finite values; the
     * arrays are taken over, not copied (callers hand over fresh arrays). Unlike
     * {@link #of(int[], double[])} it neither sorts nor boxes, for per-document encoding on hot paths.
     */
    public static SparseVector ofSorted(int[] ids, float[] values) {
        if (ids.length != values.length) {
            throw new IllegalArgumentException("ids and values differ in length: " + ids.length + " vs " + values.length);
        }
        for (int i = 0; i < ids.length; i++) {
            if (ids[i] < 0 || (i > 0 && ids[i] <= ids[i - 1])) {
                throw new IllegalArgumentException("ids must be non-negative and strictly increasing at position " + i);
            }
            if (!Float.isFinite(values[i])) {
                throw new IllegalArgumentException("feature value at position " + i + " is not finite: " + values[i]);
            }
        }
        return new SparseVector(ids, values);
    }

    public int size() {
        return ids.length;
    }

    public int id(int i) {
        return ids[i];
    }

    public double value(int i) {
        return values == null ? 1.0 : values[i];
    }

    public boolean isBinary() {
        return values == null;
    }

    /** The position of the first entry whose id is {@code >= id} ({@link #size()} when there is none). */
    public int lowerBound(int id) {
        int lo = 0;
        int hi = ids.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (ids[mid] < id) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Largest id + 1, or 0 when empty. */
    public int dimension() {
        return ids.length == 0 ? 0 : ids[ids.length - 1] + 1;
    }

    /** Sum over entries of {@code value * w[id * stride + offset]}. */
    public double dot(double[] w, int stride, int offset) {
        double s = 0;
        if (values == null) {
            for (int id : ids) {
                s += w[id * stride + offset];
            }
        } else {
            for (int i = 0; i < ids.length; i++) {
                s += values[i] * w[ids[i] * stride + offset];
            }
        }
        return s;
    }

    /**
     * As {@link #dot(double[], int, int)} over float weights. The products are taken in double, as in training and
     * {@link #addRows}: a float product overflows to infinity from about 3.4e38, which a large value times a large
     * weight reaches.
     */
    public double dot(float[] w, int stride, int offset) {
        double s = 0;
        if (values == null) {
            for (int id : ids) {
                s += w[id * stride + offset];
            }
        } else {
            for (int i = 0; i < ids.length; i++) {
                s += (double) values[i] * w[ids[i] * stride + offset];
            }
        }
        return s;
    }

    /** Adds every row {@code w[id*stride .. id*stride+stride)} times value into {@code out[0..stride)}. */
    public void addRows(float[] w, int stride, double[] out) {
        for (int i = 0; i < ids.length; i++) {
            int base = ids[i] * stride;
            double v = values == null ? 1.0 : values[i];
            for (int c = 0; c < stride; c++) {
                out[c] += v * w[base + c];
            }
        }
    }

    /** As {@link #addRows(float[], int, double[])} over double weights. */
    public void addRows(double[] w, int stride, double[] out) {
        for (int i = 0; i < ids.length; i++) {
            int base = ids[i] * stride;
            double v = values == null ? 1.0 : values[i];
            for (int c = 0; c < stride; c++) {
                out[c] += v * w[base + c];
            }
        }
    }

    /**
     * As {@link #addRows(double[], int, double[])} over the averaged-perceptron weights
     * {@code w - u / c}, computed on the fly (the same doubles as a materialised average).
     */
    public void addAveragedRows(double[] w, double[] u, double c, int stride, double[] out) {
        for (int i = 0; i < ids.length; i++) {
            int base = ids[i] * stride;
            double v = values == null ? 1.0 : values[i];
            for (int k = 0; k < stride; k++) {
                out[k] += v * (w[base + k] - u[base + k] / c);
            }
        }
    }

    /** As {@link #addAveragedRows(double[], double[], double, int, double[])} with float w. */
    public void addAveragedRows(float[] w, double[] u, double c, int stride, double[] out) {
        for (int i = 0; i < ids.length; i++) {
            int base = ids[i] * stride;
            double v = values == null ? 1.0 : values[i];
            for (int k = 0; k < stride; k++) {
                out[k] += v * (w[base + k] - u[base + k] / c);
            }
        }
    }

    /** As {@link #dot(double[], int, int)} over the averaged weights {@code w - u / c}, computed on the fly. */
    public double averagedDot(double[] w, double[] u, double c, int stride, int offset) {
        double s = 0;
        if (values == null) {
            for (int id : ids) {
                int j = id * stride + offset;
                s += w[j] - u[j] / c;
            }
        } else {
            for (int i = 0; i < ids.length; i++) {
                int j = ids[i] * stride + offset;
                s += values[i] * (w[j] - u[j] / c);
            }
        }
        return s;
    }

    /** As {@link #averagedDot(double[], double[], double, int, int)} with float w. */
    public double averagedDot(float[] w, double[] u, double c, int stride, int offset) {
        double s = 0;
        if (values == null) {
            for (int id : ids) {
                int j = id * stride + offset;
                s += w[j] - u[j] / c;
            }
        } else {
            for (int i = 0; i < ids.length; i++) {
                int j = ids[i] * stride + offset;
                s += values[i] * (w[j] - u[j] / c);
            }
        }
        return s;
    }

    /** A dense copy of length {@code dim}, which must be at least {@link #dimension()}. */
    public double[] toDense(int dim) {
        if (dim < dimension()) { // was an index error after part of the copy was made
            throw new IllegalArgumentException(dim < 0 ? "dim must be >= 0, got " + dim : "dim " + dim
                    + " cannot hold feature id " + ids[ids.length - 1] + " (the vector's dimension is " + dimension() + ")");
        }
        double[] d = new double[dim];
        for (int i = 0; i < ids.length; i++) {
            d[ids[i]] += value(i);
        }
        return d;
    }

    /**
     * Equal when both hold the same ids with the same values: a binary vector equals one with the same ids and values
     * of 1 (they print the same), whichever way each stores them.
     */
    @Override
    public boolean equals(Object o) {
        if (!(o instanceof SparseVector v) || !Arrays.equals(ids, v.ids)) {
            return false;
        }
        for (int i = 0; i < ids.length; i++) {
            if (storedValue(i) != v.storedValue(i)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        int h = Arrays.hashCode(ids);
        for (int i = 0; i < ids.length; i++) {
            h = h * 31 + Float.floatToIntBits(storedValue(i) + 0f); // + 0f: -0 hashes as 0, which it equals
        }
        return h;
    }

    private float storedValue(int i) {
        return values == null ? 1f : values[i];
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("{");
        for (int i = 0; i < ids.length; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(ids[i]).append(':').append(value(i));
        }
        return sb.append('}').toString();
    }
}
