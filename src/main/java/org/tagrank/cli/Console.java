package org.tagrank.cli;

import java.io.PrintStream;

/** Where a command writes: data to {@code out}, progress and messages to {@code err}. */
public record Console(PrintStream out, PrintStream err, boolean quiet, boolean verbose) {

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
