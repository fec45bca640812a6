package org.tagrank.learn;

import org.tagrank.core.Instance;

import java.util.Objects;

/**
 * Multiclass SVM (Crammer–Singer style) with a task loss: slack
 * {@code ξ = max_y [ℓ(y*, y) + s_y] − s_y*}. The maximiser is the loss-augmented argmax, the
 * most violated constraint; the subgradient is f(x, y_max) − f(x, y*), zero when y_max = y*.
 */
public final class CostSensitiveHinge implements Objective {
    private final CostFunction cost;

    public CostSensitiveHinge(CostFunction cost) {
        this.cost = Objects.requireNonNull(cost);
    }

    /** The loss-augmented argmax: the output maximising ℓ(gold, y) + score_y. */
    public int mostViolated(Instance x, double[] scores, int n) {
        int gold = x.gold();
        int best = gold;
        double bestValue = scores[gold];
        for (int y = 0; y < n; y++) {
            double v = cost.cost(x, gold, y) + scores[y];
            if (v > bestValue) {
                best = y;
                bestValue = v;
            }
        }
        return best;
    }

    @Override
    public double lossAndGradient(Instance x, double[] scores, int n, double[] grad) {
        java.util.Arrays.fill(grad, 0, n, 0.0);
        int gold = x.gold();
        int yMax = mostViolated(x, scores, n);
        if (yMax == gold) {
            return 0.0;
        }
        grad[yMax] += 1.0;
        grad[gold] -= 1.0;
        return cost.cost(x, gold, yMax) + scores[yMax] - scores[gold];
    }

    @Override
    public boolean smooth() {
        return false;
    }

    @Override
    public String name() {
        return "cost-sensitive-hinge";
    }
}
