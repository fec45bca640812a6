package org.tagrank.core;

import java.util.Arrays;
import java.util.List;

/**
 * An example whose classes are its own candidates, each with its own feature vector f(x,y);
 * weights are shared across candidates. {@code costs}, when given, is the task loss of
 * predicting each candidate: finite, {@code >= 0}, and 0 for the gold (other candidates may cost 0 too).
 */
public record CandidateInstance(List<SparseVector> candidates, int gold, double[] costs) implements Instance {

    public CandidateInstance {
        Checks.noNulls(candidates, "candidates", "candidate");
        candidates = List.copyOf(candidates);
        if (candidates.isEmpty()) {
            throw new IllegalArgumentException("a candidate instance needs at least one candidate");
        }
        if (gold < -1 || gold >= candidates.size()) {
            throw new IllegalArgumentException("gold " + gold + " is not a candidate index (0.." + (candidates.size() - 1) + ")");
        }
        if (costs != null) {
            if (costs.length != candidates.size()) {
                throw new IllegalArgumentException("costs has " + costs.length + " entries for " + candidates.size() + " candidates");
            }
            for (double c : costs) {
                if (!(c >= 0) || Double.isInfinite(c)) {
                    throw new IllegalArgumentException("costs must be finite and >= 0: " + Arrays.toString(costs));
                }
            }
            if (gold >= 0 && costs[gold] != 0) {
                // the SVM's slack max_y [cost(y) + s_y] - s_gold assumes it: a gold cost c > 0 shrank every margin by c
                throw new IllegalArgumentException("the gold candidate's cost must be 0, got costs[" + gold + "] = "
                        + costs[gold] + " in " + Arrays.toString(costs));
            }
            costs = costs.clone();
        }
    }

    public CandidateInstance(List<SparseVector> candidates, int gold) {
        this(candidates, gold, null);
    }

    /**
     * Whether no candidate has a feature (those of the data that the model does not know are dropped when it is
     * encoded): every candidate then scores 0, and any ranking of them is their input order.
     */
    public boolean featureless() {
        for (SparseVector v : candidates) {
            if (v.size() > 0) {
                return false;
            }
        }
        return true;
    }

    /** The task loss of predicting {@code output}: the given cost, else 0/1; an output it lacks is an error naming it. */
    public double cost(int output) {
        if (output < 0 || output >= candidates.size()) { // without costs any such output cost 1.0
            throw new IllegalArgumentException("no candidate " + output + " (the instance has " + candidates.size() + ")");
        }
        if (costs != null) {
            return costs[output];
        }
        return output == gold ? 0.0 : 1.0;
    }

    @Override
    public double[] costs() {
        return costs == null ? null : costs.clone();
    }

    @Override
    public int numOutputs(int columns) {
        return candidates.size();
    }

    @Override
    public void scores(double[] w, double scale, int columns, double[] out) {
        for (int c = 0; c < candidates.size(); c++) {
            out[c] = scale * candidates.get(c).dot(w, 1, 0);
        }
    }

    @Override
    public void scores(float[] w, int columns, double[] out) {
        for (int c = 0; c < candidates.size(); c++) {
            out[c] = candidates.get(c).dot(w, 1, 0);
        }
    }

    @Override
    public void addTo(double[] w, int columns, int output, double amount) {
        SparseVector v = candidates.get(output);
        for (int i = 0; i < v.size(); i++) {
            w[v.id(i)] += amount * v.value(i);
        }
    }

    @Override
    public void addTo(double[] w, int columns, double[] amounts, int offset, int outputs, int fromFeature,
                      int toFeature) {
        for (int o = 0; o < outputs; o++) {
            double amount = amounts[offset + o];
            if (amount != 0) {
                SparseVector v = candidates.get(o);
                for (int i = v.lowerBound(fromFeature), end = v.lowerBound(toFeature); i < end; i++) {
                    w[v.id(i)] += amount * v.value(i);
                }
            }
        }
    }

    @Override
    public void countFeatures(int[] counts) {
        for (SparseVector v : candidates) {
            for (int i = 0; i < v.size(); i++) {
                counts[v.id(i)]++;
            }
        }
    }

    @Override
    public void addTo(float[] w, int columns, int output, float amount) {
        SparseVector v = candidates.get(output);
        for (int i = 0; i < v.size(); i++) {
            w[v.id(i)] += amount * (float) v.value(i);
        }
    }

    @Override
    public void averagedScores(double[] w, double[] u, double c, int columns, double[] out) {
        for (int k = 0; k < candidates.size(); k++) {
            out[k] = candidates.get(k).averagedDot(w, u, c, 1, 0);
        }
    }

    @Override
    public void averagedScores(float[] w, double[] u, double c, int columns, double[] out) {
        for (int k = 0; k < candidates.size(); k++) {
            out[k] = candidates.get(k).averagedDot(w, u, c, 1, 0);
        }
    }

    @Override
    public SparseVector features(int output, int columns) {
        return candidates.get(output);
    }

    @Override
    public int maxFeatureId() {
        int m = -1;
        for (SparseVector v : candidates) {
            m = Math.max(m, v.dimension() - 1);
        }
        return m;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CandidateInstance c && c.gold == gold && c.candidates.equals(candidates)
                && Arrays.equals(c.costs, costs);
    }

    @Override
    public int hashCode() {
        return candidates.hashCode() * 31 + gold;
    }

    @Override
    public String toString() {
        return "CandidateInstance[candidates=" + candidates + ", gold=" + gold + ", costs=" + Arrays.toString(costs) + "]";
    }
}
