package org.tagrank.learn;

import java.util.Locale;

/**
 * Keeps the weights with the best dev accuracy and says when to stop: after {@code patience}
 * epochs without an improvement (0 = never stop early), an improvement being a rise of more than {@code tolerance}
 * over the best so far. Without dev data the last weights win.
 *
 * @param <W> the weights snapshot type (double[] or float[])
 */
final class EarlyStopping<W> {
    /** Far below any accuracy step (1/n of a million examples), far above a double's rounding of an accuracy. */
    private static final double ROUNDING = 1e-9;
    private final int patience;
    private final double tolerance;
    private final boolean hasDev;
    private double best = Double.NEGATIVE_INFINITY;
    private int bestEpoch;
    private W bestWeights;
    private int sinceBest;

    EarlyStopping(int patience, double tolerance, boolean hasDev) {
        this.patience = patience;
        this.tolerance = tolerance;
        this.hasDev = hasDev;
    }

    /** Whether {@link #record} would keep an epoch with this dev accuracy (always, without dev data). */
    boolean improves(double devAccuracy) {
        return !hasDev || isImprovement(devAccuracy);
    }

    /** Records an epoch; {@code weights} is a snapshot this object may keep. Returns true to stop. */
    boolean record(int epoch, double devAccuracy, W weights) {
        if (!hasDev) {
            bestWeights = weights;
            bestEpoch = epoch;
            return false;
        }
        if (isImprovement(devAccuracy)) {
            best = devAccuracy;
            bestEpoch = epoch;
            bestWeights = weights;
            sinceBest = 0;
            return false;
        }
        sinceBest++;
        return patience > 0 && sinceBest >= patience;
    }

    /**
     * With a tolerance, the rise must pass it by more than rounding: k/n + T fell below (k+1)/n for some k, and a rise
     * of exactly T counted. Without one, any rise counts, compared exactly (the bundled models' epochs).
     */
    private boolean isImprovement(double devAccuracy) {
        if (best == Double.NEGATIVE_INFINITY || tolerance == 0) {
            return devAccuracy > best;
        }
        return devAccuracy - best > tolerance + ROUNDING;
    }

    W bestWeights() {
        return bestWeights;
    }

    int bestEpoch() {
        return bestEpoch;
    }

    double bestDevAccuracy() {
        return best;
    }

    String stopReason(int epoch, int maxEpochs) {
        if (!hasDev) { // fewer epochs than asked without dev data: L-BFGS stopped on its own
            return epoch < maxEpochs ? "converged after " + epoch + " of " + maxEpochs + " iterations (no dev data)"
                    : "done: " + epoch + " epochs (no dev data)";
        }
        String why;
        if (epoch >= maxEpochs) {
            why = "reached " + maxEpochs + " epochs";
        } else if (patience > 0 && sinceBest >= patience) {
            // with a tolerance the dev accuracy may have risen in those epochs: say by how much it had to
            why = String.format(Locale.ROOT, "stopped early after %d epoch%s without %s", patience,
                    patience == 1 ? "" : "s", tolerance == 0 ? "dev improvement" : "a dev improvement of more than "
                            + java.math.BigDecimal.valueOf(tolerance).stripTrailingZeros().toPlainString());
        } else {
            why = "converged after " + epoch + " iterations";
        }
        return String.format(Locale.ROOT, "%s; keeping epoch %d (dev-acc %.2f%%)", why, bestEpoch, 100 * best);
    }
}
