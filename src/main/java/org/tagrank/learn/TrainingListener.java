package org.tagrank.learn;

import java.io.PrintStream;
import java.util.Locale;

/** Receives progress from a trainer. Passed in, never global. */
public interface TrainingListener {

    /** One finished epoch (or L-BFGS iteration). */
    void onEpoch(EpochReport report);

    /** A one-line message (e.g. why training stopped). */
    void onMessage(String message);

    /**
     * Every how many training examples an online learner (perceptron, sgd, adagrad) reports {@link #onProgress}
     * within an epoch; 0 (the default): never, only whole epochs.
     */
    default int progressEvery() {
        return 0;
    }

    /** Progress within an epoch, every {@link #progressEvery()} examples (Tribuo's loggingInterval). */
    default void onProgress(ProgressReport report) {
    }

    TrainingListener SILENT = new TrainingListener() {
        @Override
        public void onEpoch(EpochReport report) {
        }

        @Override
        public void onMessage(String message) {
        }
    };

    /** Prints one line per epoch to the stream (normally stderr). */
    static TrainingListener printingTo(PrintStream out) {
        return printingTo(out, 0);
    }

    /** Prints one line per epoch, and one every {@code every} examples within an epoch (0: none). */
    static TrainingListener printingTo(PrintStream out, int every) {
        if (every < 0) {
            throw new IllegalArgumentException("progress interval must be >= 0, got " + every);
        }
        return new TrainingListener() {
            @Override
            public void onEpoch(EpochReport r) {
                out.println(r.format());
            }

            @Override
            public void onMessage(String message) {
                out.println(message);
            }

            @Override
            public int progressEvery() {
                return every;
            }

            @Override
            public void onProgress(ProgressReport r) {
                out.println(r.format());
            }
        };
    }

    /**
     * Within an epoch: {@code done} of {@code total} examples seen, with the mean loss (NaN for the perceptron) and
     * the accuracy of the predictions made so far in the epoch.
     */
    record ProgressReport(int epoch, int epochs, int done, int total, double loss, double trainAccuracy,
                          double instancesPerSecond, long elapsedMillis) {

        public String format() {
            StringBuilder sb = new StringBuilder();
            sb.append(String.format(Locale.ROOT, "  epoch %d/%d  %d/%d", epoch, epochs, done, total));
            if (!Double.isNaN(loss)) {
                sb.append(String.format(Locale.ROOT, "  loss %.4f", loss));
            }
            sb.append(String.format(Locale.ROOT, "  train-acc %.2f%%  %.1fk inst/s  %.1fs", 100 * trainAccuracy,
                    instancesPerSecond / 1000, elapsedMillis / 1000.0));
            return sb.toString();
        }
    }

    /**
     * @param epoch        1-based
     * @param loss         online learners: the mean loss of the examples as each met the weights before its update;
     *                     L-BFGS: the objective at the accepted point, mean loss plus (l2/2)·‖w‖²; NaN for the perceptron
     * @param trainAccuracy accuracy of the predictions made during the epoch
     * @param devAccuracy  NaN without dev data
     * @param nonZero      non-zero weights
     * @param instancesPerSecond training speed
     * @param elapsedMillis since training started
     * @param gradientNorm L-BFGS: the objective's gradient norm at the accepted point (NaN for online learners)
     * @param step         L-BFGS: the accepted line-search step (NaN for online learners)
     */
    record EpochReport(int epoch, int epochs, double loss, double trainAccuracy, double devAccuracy, long nonZero,
                       double instancesPerSecond, long elapsedMillis, double gradientNorm, double step) {

        /** An epoch of an online learner: no gradient norm or step to report. */
        public EpochReport(int epoch, int epochs, double loss, double trainAccuracy, double devAccuracy, long nonZero,
                           double instancesPerSecond, long elapsedMillis) {
            this(epoch, epochs, loss, trainAccuracy, devAccuracy, nonZero, instancesPerSecond, elapsedMillis, Double.NaN,
                    Double.NaN);
        }

        public String format() {
            StringBuilder sb = new StringBuilder();
            sb.append(String.format(Locale.ROOT, "epoch %d/%d", epoch, epochs));
            if (!Double.isNaN(loss)) {
                sb.append(String.format(Locale.ROOT, "  loss %.4f", loss));
            }
            if (!Double.isNaN(gradientNorm)) { // L-BFGS: how far from a stationary point, and the line search's step
                sb.append(String.format(Locale.ROOT, "  |g| %.3g  step %.3g", gradientNorm, step));
            }
            sb.append(String.format(Locale.ROOT, "  train-acc %.2f%%", 100 * trainAccuracy));
            if (!Double.isNaN(devAccuracy)) {
                sb.append(String.format(Locale.ROOT, "  dev-acc %.2f%%", 100 * devAccuracy));
            }
            sb.append(String.format(Locale.ROOT, "  |w|≠0 %d  %.1fk inst/s  %.1fs", nonZero, instancesPerSecond / 1000,
                    elapsedMillis / 1000.0));
            return sb.toString();
        }
    }
}
