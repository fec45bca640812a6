package org.tagrank.learn;

import java.util.Locale;

/**
 * Training produced weights (or a loss) that are no longer finite numbers: a step size far too large, or feature
 * values so large that the scores overflow. Thrown in the epoch it happens, instead of writing a broken model.
 */
public final class TrainingDivergedException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    TrainingDivergedException(String message) {
        super(message);
    }

    /** The exception for epoch (or L-BFGS iteration) {@code epoch}; {@code what} says what stopped being finite. */
    static TrainingDivergedException in(int epoch, String what, TrainerConfig c) {
        String settings = c.learner() == TrainerConfig.Learner.PERCEPTRON ? "perceptron"
                : c.optimizer() == TrainerConfig.OptimizerKind.LBFGS
                ? String.format(Locale.ROOT, "%s, lbfgs, l2 %s", c.learner().id(), c.l2())
                : String.format(Locale.ROOT, "%s, %s, learning rate %s, l2 %s", c.learner().id(), c.optimizer().id(),
                c.learningRate(), c.l2());
        String advice = c.learner() == TrainerConfig.Learner.PERCEPTRON || c.optimizer() == TrainerConfig.OptimizerKind.LBFGS
                ? "scale the feature values down" : "lower the learning rate or scale the feature values down";
        return new TrainingDivergedException(String.format(Locale.ROOT, "training diverged in epoch %d: %s (%s); %s",
                epoch, what, settings, advice));
    }

    /** Throws unless every {@code w[i] * scale} is finite as a float (models store float weights). */
    static void requireFinite(double[] w, double scale, int epoch, TrainerConfig c) {
        for (int i = 0; i < w.length; i++) {
            double v = w[i] * scale;
            if (!(Math.abs(v) <= Float.MAX_VALUE)) {
                throw in(epoch, "weight " + i + " became " + v, c);
            }
        }
    }

    /** Throws unless every weight is finite. */
    static void requireFinite(float[] w, int epoch, TrainerConfig c) {
        for (int i = 0; i < w.length; i++) {
            if (!Float.isFinite(w[i])) {
                throw in(epoch, "weight " + i + " became " + w[i], c);
            }
        }
    }
}
