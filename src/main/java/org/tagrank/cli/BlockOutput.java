package org.tagrank.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.util.Formatter;
import java.util.Locale;

/**
 * Command output gathered into 64 kB blocks before it reaches stdout. {@code printf} on the auto-flushing
 * {@code System.out} made one write per piece of its format (about a dozen per line); and a PrintStream only records
 * a failed write, so each block is checked and the command stops at the first one that failed (a closed pipe, a full
 * disk) instead of working through the rest of its input, as {@code tag} and {@code classify} do.
 */
final class BlockOutput {
    private static final int BLOCK = 1 << 16;

    private final PrintStream out;
    private final StringBuilder text = new StringBuilder(BLOCK + 1024);
    private final Formatter formatter = new Formatter(text, Locale.ROOT);

    BlockOutput(PrintStream out) {
        this.out = out;
    }

    /** Appends formatted text (locale-independent numbers). */
    BlockOutput format(String format, Object... args) {
        formatter.format(format, args);
        return this;
    }

    /** Appends one line. */
    BlockOutput line(String line) {
        text.append(line).append('\n');
        return this;
    }

    /** Writes the gathered text once it fills a block; call between items. */
    void maybeWrite() throws IOException {
        if (text.length() >= BLOCK) {
            write();
        }
    }

    /** Writes what is left and flushes. */
    void finish() throws IOException {
        write();
        out.flush();
        if (out.checkError()) {
            throw Main.stdoutFailed(out);
        }
    }

    private void write() throws IOException {
        out.print(text);
        text.setLength(0);
        if (out.checkError()) {
            throw Main.stdoutFailed(out);
        }
    }
}
