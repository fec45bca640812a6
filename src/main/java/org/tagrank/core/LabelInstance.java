package org.tagrank.core;

import java.util.Objects;

/** An example with a fixed label set: input features x, conjoined with each label by the weight layout. */
public record LabelInstance(SparseVector x, int gold) implements Instance {

    public LabelInstance {
        Objects.requireNonNull(x, "x");
        if (gold < -1) {
            throw new IllegalArgumentException("gold must be a label id or -1, got " + gold);
        }
    }

    @Override
    public int numOutputs(int columns) {
        return columns;
    }

    @Override
    public void scores(double[] w, double scale, int columns, double[] out) {
        java.util.Arrays.fill(out, 0, columns, 0.0);
        x.addRows(w, columns, out);
        if (scale != 1.0) {
            for (int c = 0; c < columns; c++) {
                out[c] *= scale;
            }
        }
    }

    @Override
    public void scores(float[] w, int columns, double[] out) {
        java.util.Arrays.fill(out, 0, columns, 0.0);
        x.addRows(w, columns, out);
    }

    @Override
    public void addTo(double[] w, int columns, int output, double amount) {
        for (int i = 0; i < x.size(); i++) {
            w[x.id(i) * columns + output] += amount * x.value(i);
        }
    }

    @Override
    public void addTo(double[] w, int columns, double[] amounts, int offset, int outputs, int fromFeature,
                      int toFeature) {
        int from = x.lowerBound(fromFeature);
        int to = x.lowerBound(toFeature);
        for (int o = 0; o < outputs; o++) {
            double amount = amounts[offset + o];
            if (amount != 0) {
                for (int i = from; i < to; i++) {
                    w[x.id(i) * columns + o] += amount * x.value(i);
                }
            }
        }
    }

    @Override
    public void countFeatures(int[] counts) {
        for (int i = 0; i < x.size(); i++) {
            counts[x.id(i)]++;
        }
    }

    @Override
    public void addTo(float[] w, int columns, int output, float amount) {
        for (int i = 0; i < x.size(); i++) {
            w[x.id(i) * columns + output] += amount * (float) x.value(i);
        }
    }

    @Override
    public void averagedScores(double[] w, double[] u, double c, int columns, double[] out) {
        java.util.Arrays.fill(out, 0, columns, 0.0);
        x.addAveragedRows(w, u, c, columns, out);
    }

    @Override
    public void averagedScores(float[] w, double[] u, double c, int columns, double[] out) {
        java.util.Arrays.fill(out, 0, columns, 0.0);
        x.addAveragedRows(w, u, c, columns, out);
    }

    @Override
    public SparseVector features(int output, int columns) {
        int[] ids = new int[x.size()];
        double[] vals = new double[x.size()];
        for (int i = 0; i < x.size(); i++) {
            ids[i] = x.id(i) * columns + output;
            vals[i] = x.value(i);
        }
        return SparseVector.of(ids, vals);
    }

    @Override
    public int maxFeatureId() {
        return x.dimension() - 1;
    }
}
