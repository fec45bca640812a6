package org.tagrank.cli;

import org.tagrank.io.LineReader;
import org.tagrank.io.Readers;

import java.io.IOException;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;

/**
 * {@code train} / {@code eval --data -} (or {@code --dev -}): the data from standard input, as {@code -} among any
 * command's inputs. The tasks that read their data once, as a stream, take it so; those that read a file beside the
 * data ({@link TaskCli#stdinDataRefusal}) refuse it before any work.
 */
final class StdinData {
    private StdinData() {
    }

    static boolean is(Path data) {
        return data != null && data.toString().equals("-");
    }

    /** How errors name the data: {@code <stdin>}, as for the other commands, or the file. */
    static String source(Path data) {
        return is(data) ? "<stdin>" : data.toString();
    }

    /** A strict UTF-8 reader of the data, its bytes also going to {@code digest} when not null. */
    static LineReader open(Path data, MessageDigest digest) throws IOException {
        if (!is(data)) {
            return digest == null ? Readers.utf8(data) : Readers.utf8(data, digest);
        }
        return Readers.utf8(digest == null ? System.in : new DigestInputStream(System.in, digest), "<stdin>");
    }

    /**
     * A usage error for {@code -} given to a command that reads its data as files: {@code compare} reads both of its
     * data sets and {@code bench} passes over its data again and again. It said "no such file: -".
     */
    static void refuse(String command, String option, Path data) {
        if (is(data)) {
            throw CliException.usage(command + " " + option + " -: " + command
                    + " reads its data from files, not standard input (train and eval take --data -)");
        }
    }

    /** Usage errors for {@code -} where the task cannot take it, and for stdin named twice. */
    static void check(TaskCli task, Path data, Path dev) {
        if (is(data) && is(dev)) {
            throw CliException.usage("--data and --dev cannot both be standard input (-)");
        }
        String why = task.stdinDataRefusal();
        for (String[] option : new String[][]{{"--data", String.valueOf(data)}, {"--dev", String.valueOf(dev)}}) {
            if (why != null && option[1].equals("-")) {
                throw CliException.usage(option[0] + " -: task " + task.name() + " " + why);
            }
        }
    }
}
