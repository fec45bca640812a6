package org.tagrank.learn;

import org.tagrank.core.Instance;

/**
 * A per-example loss on output scores. Works on scores only and allocates nothing: writes
 * ∂loss/∂score_o into {@code grad[0..n)} and returns the loss (&gt;= 0). The gradient with
 * respect to the weights is then {@code Σ_o grad[o] · f(x, o)}.
 */
public interface Objective {

    double lossAndGradient(Instance x, double[] scores, int n, double[] grad);

    /** Whether the loss is differentiable everywhere (L-BFGS needs this). */
    boolean smooth();

    /** Number of weight columns per input feature for a label model with {@code numLabels} labels. */
    default int columns(int numLabels) {
        return numLabels;
    }

    /** The predicted output from the output scores (argmax by default). */
    default int predict(double[] scores, int n) {
        int best = 0;
        for (int i = 1; i < n; i++) {
            if (scores[i] > scores[best]) {
                best = i;
            }
        }
        return best;
    }

    String name();
}
