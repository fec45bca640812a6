package org.tagrank.core;

/** Numerically stable softmax, in place or into a target array. */
public final class Softmax {
    private Softmax() {
    }

    /**
     * Writes softmax(scores[0..n)) into probs and returns log-sum-exp. An infinite top score (an overflow) shares
     * the mass among the scores equal to it, the limit of softmax, where {@code exp(inf - inf)} would give NaN.
     */
    public static double apply(double[] scores, int n, double[] probs) {
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            max = Math.max(max, scores[i]);
        }
        if (Double.isInfinite(max)) {
            return atInfinity(scores, n, probs, max);
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

    private static double atInfinity(double[] scores, int n, double[] probs, double max) {
        int top = 0;
        for (int i = 0; i < n; i++) {
            top += scores[i] == max ? 1 : 0;
        }
        for (int i = 0; i < n; i++) {
            probs[i] = scores[i] == max ? 1.0 / top : 0.0;
        }
        return max;
    }
}
