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
}
