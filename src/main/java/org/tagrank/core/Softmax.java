package org.tagrank.core;

/** Numerically stable softmax, in place or into a target array. */
public final class Softmax {
    private Softmax() {
    }

    /** Writes softmax(scores[0..n)) into probs and returns log-sum-exp. */
    public static double apply(double[] scores, int n, double[] probs) {
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            max = Math.max(max, scores[i]);
        }
        double sum = 0;
        for (int i = 0; i < n; i++) {
            double e = Math.exp(scores[i] - max);
            probs[i] = e;
            sum += e;
        }
        for (int i = 0; i < n; i++) {
            probs[i] /= sum;
        }
        return max + Math.log(sum);
    }
}
