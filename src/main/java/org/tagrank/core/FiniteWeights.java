package org.tagrank.core;

/**
 * A weight array known to hold finite floats only, checked where it is made, so that a {@link LinearModel} taking it
 * need not read all of it again: a POS model's dense weights are ~7M floats, and the check, cold at load time, was
 * tens of milliseconds on the loading thread while a decoding thread that writes the few non-zero weights can check
 * them as it goes ({@link #zeros}).
 */
public final class FiniteWeights {
    private final float[] values;

    private FiniteWeights(float[] values) {
        this.values = values;
    }

    /** Takes over the array after checking every value; the caller must not keep or change it. */
    public static FiniteWeights of(float[] values) {
        java.util.Objects.requireNonNull(values, "weights");
        for (int i = 0; i < values.length; i++) {
            if (!Float.isFinite(values[i])) {
                throw notFinite(i, values[i]);
            }
        }
        return new FiniteWeights(values);
    }

    /** A builder of {@code length} zero weights, each weight it is given checked as it is set. */
    public static Builder zeros(int length) {
        if (length < 0) {
            throw new IllegalArgumentException("length must be >= 0, got " + length);
        }
        return new Builder(new float[length]);
    }

    /** Sets weights one by one; {@link #build} once. Not thread-safe. */
    public static final class Builder {
        private float[] values;

        private Builder(float[] values) {
            this.values = values;
        }

        /** Sets weight i; a value that is not finite or an i outside the length is an error naming it. */
        public void set(int i, float value) {
            if (values == null) { // was a NullPointerException on the builder's own field
                throw new IllegalStateException("already built");
            }
            if (i < 0 || i >= values.length) {
                throw new IllegalArgumentException("no weight " + i + " (the builder has " + values.length + ")");
            }
            if (!Float.isFinite(value)) {
                throw notFinite(i, value);
            }
            values[i] = value;
        }

        /** The weights; the builder cannot be used afterwards. */
        public FiniteWeights build() {
            if (values == null) {
                throw new IllegalStateException("already built");
            }
            FiniteWeights w = new FiniteWeights(values);
            values = null;
            return w;
        }
    }

    public int length() {
        return values.length;
    }

    /** An array a model already checked (core only: {@link LinearModel#withProvenance}). */
    static FiniteWeights checked(float[] values) {
        return new FiniteWeights(values);
    }

    /** The array itself, for the model that takes it over (core only). */
    float[] array() {
        return values;
    }

    private static IllegalArgumentException notFinite(int i, float value) {
        return new IllegalArgumentException("weight " + i + " is not finite: " + value);
    }
}
