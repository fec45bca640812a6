package org.tagrank.learn;

import java.io.PrintStream;
import java.util.Locale;

/** Receives progress from a trainer. Passed in, never global. */
public interface TrainingListener {

    /** One finished epoch (or L-BFGS iteration). */
    void onEpoch(EpochReport report);

    /** A one-line message (e.g. why training stopped). */
    void onMessage(String message);

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
        return new TrainingListener() {
            @Override
            public void onEpoch(EpochReport r) {
                out.println(r.format());
            }

            @Override
            public void onMessage(String message) {
                out.println(message);
            }
        };
    }

    /**
     * @param epoch        1-based
     * @param loss         mean training loss (NaN for the perceptron)
     * @param trainAccuracy accuracy of the predictions made during the epoch
     * @param devAccuracy  NaN without dev data
     * @param nonZero      non-zero weights
     * @param instancesPerSecond training speed
     * @param elapsedMillis since training started
     */
    record EpochReport(int epoch, int epochs, double loss, double trainAccuracy, double devAccuracy, long nonZero,
                       double instancesPerSecond, long elapsedMillis) {

        public String format() {
            StringBuilder sb = new StringBuilder();
            sb.append(String.format(Locale.ROOT, "epoch %d/%d", epoch, epochs));
            if (!Double.isNaN(loss)) {
                sb.append(String.format(Locale.ROOT, "  loss %.4f", loss));
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
