package org.tagrank.learn;

import org.tagrank.core.Instance;

/**
 * One-vs-all reduction: an independent binary logistic classifier per output
 * (gold vs the rest). The losses add up but share no weights, so optimising the sum trains the
 * K binary problems independently; prediction is the argmax of the binary scores.
 */
public final class OneVsAllLogistic implements Objective {

    @Override
    public double lossAndGradient(Instance x, double[] scores, int n, double[] grad) {
        int gold = x.gold();
        double loss = 0;
        for (int o = 0; o < n; o++) {
            double t = o == gold ? 1.0 : -1.0;
            double m = t * scores[o];
            loss += softplus(-m);
            grad[o] = -t * sigmoid(-m);
        }
        return loss;
    }

    static double softplus(double z) {
        return z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z));
    }

    static double sigmoid(double z) {
        if (z >= 0) {
            return 1.0 / (1.0 + Math.exp(-z));
        }
        double e = Math.exp(z);
        return e / (1.0 + e);
    }

    @Override
    public boolean smooth() {
        return true;
    }

    @Override
    public String name() {
        return "one-vs-all-logistic";
    }
}
