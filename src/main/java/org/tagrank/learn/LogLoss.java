package org.tagrank.learn;

import org.tagrank.core.Instance;
import org.tagrank.core.Softmax;

/**
 * Multiclass logistic regression: −log P(gold | x) under a softmax over the outputs. The
 * gradient w.r.t. scores is P(o|x) − [o = gold], i.e. expected minus gold features; the
 * log-likelihood gradient is its negation, gold minus expected.
 */
public final class LogLoss implements Objective {

    @Override
    public double lossAndGradient(Instance x, double[] scores, int n, double[] grad) {
        double logZ = Softmax.apply(scores, n, grad);
        int gold = x.gold();
        grad[gold] -= 1.0;
        return logZ - scores[gold];
    }

    @Override
    public boolean smooth() {
        return true;
    }

    @Override
    public String name() {
        return "logloss";
    }
}
