package org.tagrank.learn;

import org.tagrank.core.Instance;
import org.tagrank.core.Pairs;

/**
 * All-vs-all reduction: one binary logistic classifier per label pair (a, b), trained only on
 * examples of a or b, predicting by votes. Works on pair-column scores; an example with gold g
 * contributes to the K−1 columns involving g and to no other.
 */
public final class AllVsAllLogistic implements Objective {
    private final int numLabels;
    private final double[] labelScores;

    /** Not thread-safe (keeps a scratch buffer): one instance per training thread. */
    public AllVsAllLogistic(int numLabels) {
        if (numLabels < 2) {
            throw new IllegalArgumentException("all-vs-all needs at least 2 labels");
        }
        this.numLabels = numLabels;
        this.labelScores = new double[numLabels];
    }

    @Override
    public int columns(int labels) {
        return Pairs.count(labels);
    }

    @Override
    public double lossAndGradient(Instance x, double[] scores, int n, double[] grad) {
        java.util.Arrays.fill(grad, 0, n, 0.0);
        int g = x.gold();
        double loss = 0;
        for (int other = 0; other < numLabels; other++) {
            if (other == g) {
                continue;
            }
            int col = g < other ? Pairs.column(g, other, numLabels) : Pairs.column(other, g, numLabels);
            double t = g < other ? 1.0 : -1.0;
            double m = t * scores[col];
            loss += OneVsAllLogistic.softplus(-m);
            grad[col] = -t * OneVsAllLogistic.sigmoid(-m);
        }
        return loss;
    }

    @Override
    public int predict(double[] scores, int n) {
        Pairs.votes(scores, numLabels, labelScores);
        int best = 0;
        for (int i = 1; i < numLabels; i++) {
            if (labelScores[i] > labelScores[best]) {
                best = i;
            }
        }
        return best;
    }

    @Override
    public boolean smooth() {
        return true;
    }

    @Override
    public String name() {
        return "all-vs-all-logistic";
    }
}
