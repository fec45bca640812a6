package org.tagrank.cli;

import picocli.CommandLine.Option;

/** Options every command takes. */
public final class CommonOptions {
    @Option(names = "--quiet", description = "No progress output on stderr.")
    boolean quiet;

    @Option(names = "--verbose", description = "Stack traces on errors.")
    boolean verbose;

    Console console(Main.Streams s) {
        return new Console(s.out(), s.err(), quiet, verbose);
    }
}
