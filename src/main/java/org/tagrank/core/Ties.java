package org.tagrank.core;

/**
 * Credit for a decision with ties at the top: the expected accuracy of breaking them at random, as MCTest is scored
 * (its answers often tie on lexical features). Shared by evaluation and by early stopping, so the two agree.
 */
public final class Ties {
    private Ties() {
    }

    /** 1 when {@code scores[gold]} alone is the best of {@code scores[0..n)}, 1/t when t outputs tie there, else 0. */
    public static double credit(double[] scores, int n, int gold) {
        double g = scores[gold];
        int tied = 0;
        for (int i = 0; i < n; i++) {
            if (scores[i] > g) {
                return 0;
            }
            if (scores[i] == g) {
                tied++;
            }
        }
        return 1.0 / tied;
    }
}
