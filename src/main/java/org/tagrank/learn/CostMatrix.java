package org.tagrank.learn;

import org.tagrank.core.Instance;
import org.tagrank.core.LabelSet;

import java.util.Arrays;

/** ℓ(gold, predicted) as a K×K matrix indexed [gold][predicted]: zero diagonal, finite, non-negative. */
public final class CostMatrix implements CostFunction {
    private final double[][] cost;

    public CostMatrix(double[][] cost) {
        int k = cost.length;
        this.cost = new double[k][];
        for (int g = 0; g < k; g++) {
            if (cost[g].length != k) {
                throw new IllegalArgumentException("cost matrix row " + g + " has " + cost[g].length + " entries, expected " + k);
            }
            for (int p = 0; p < k; p++) {
                double c = cost[g][p];
                if (!(c >= 0) || Double.isInfinite(c)) {
                    throw new IllegalArgumentException("cost[" + g + "][" + p + "] must be finite and >= 0, got " + c);
                }
                if (g == p && c != 0) {
                    throw new IllegalArgumentException("cost[" + g + "][" + g + "] must be 0, got " + c);
                }
            }
            this.cost[g] = cost[g].clone();
        }
    }

    /** 1 everywhere off the diagonal, then the given entries. */
    public static CostMatrix uniform(int k) {
        double[][] m = new double[k][k];
        for (int g = 0; g < k; g++) {
            for (int p = 0; p < k; p++) {
                m[g][p] = g == p ? 0 : 1;
            }
        }
        return new CostMatrix(m);
    }

    /** A copy with ℓ(gold, predicted) set, by label name. */
    public CostMatrix with(LabelSet labels, String gold, String predicted, double value) {
        int g = labels.indexOf(gold);
        int p = labels.indexOf(predicted);
        if (g < 0 || p < 0) {
            throw new IllegalArgumentException("unknown label in cost entry: " + (g < 0 ? gold : predicted));
        }
        double[][] m = new double[cost.length][];
        for (int i = 0; i < cost.length; i++) {
            m[i] = cost[i].clone();
        }
        m[g][p] = value;
        return new CostMatrix(m);
    }

    public int size() {
        return cost.length;
    }

    @Override
    public double cost(Instance x, int gold, int predicted) {
        return cost[gold][predicted];
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("CostMatrix[");
        for (int g = 0; g < cost.length; g++) {
            if (g > 0) {
                sb.append(';');
            }
            for (int p = 0; p < cost.length; p++) {
                if (p > 0) {
                    sb.append(',');
                }
                sb.append(cost[g][p]); // the shortest text that reads back as this double (%g cut at 6 digits)
            }
        }
        return sb.append(']').toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CostMatrix m && Arrays.deepEquals(m.cost, cost);
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(cost);
    }
}
