package org.tagrank.cli;

import org.tagrank.learn.TrainingListener;

import java.io.PrintStream;

/**
 * Where a command writes: data to {@code out}, progress and messages to {@code err}; {@code progressEvery} is train's
 * {@code --log-every} (0: one progress line per epoch only).
 */
public record Console(PrintStream out, PrintStream err, boolean quiet, boolean verbose, int progressEvery) {

    public Console(PrintStream out, PrintStream err, boolean quiet, boolean verbose) {
        this(out, err, quiet, verbose, 0);
    }

    /** The same console with progress lines every {@code n} training examples within an epoch. */
    public Console withProgressEvery(int n) {
        return new Console(out, err, quiet, verbose, n);
    }

    /** A trainer's progress lines on stderr (per epoch, and every {@link #progressEvery} examples), unless quiet. */
    public TrainingListener trainingListener() {
        return quiet ? TrainingListener.SILENT : TrainingListener.printingTo(err, progressEvery);
    }

    /** A progress or log line on stderr, unless quiet. */
    public void progress(String line) {
        if (!quiet) {
            err.println(line);
        }
    }

    /**
     * A warning on stderr, also with {@code --quiet}: it says the run degraded (no context features, gold tags the
     * model lacks), which --quiet's "no progress output" was not meant to hide.
     */
    public void warn(String line) {
        err.println(line);
    }
}
