package org.tagrank.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The process's stdout, which remembers why its first write failed: a PrintStream keeps only a flag, and a reader that
 * closed the pipe ({@code | head -1}: it wanted no more) is no error, where a full disk is.
 */
final class Stdout extends PrintStream {
    private final Recorder recorder;
    private final boolean pipe;

    private Stdout(Recorder recorder, boolean pipe) {
        super(recorder, false, StandardCharsets.UTF_8);
        this.recorder = recorder;
        this.pipe = pipe;
    }

    /** stdout over {@code out}; its reader is known to have closed it when a write failed with EPIPE. */
    Stdout(OutputStream out) {
        this(new Recorder(out), false);
    }

    /** File descriptor 1. */
    static Stdout ofProcess() {
        return new Stdout(new Recorder(new FileOutputStream(FileDescriptor.out)), isPipeOrSocket());
    }

    /**
     * Whether a write failed because the reader closed the pipe: the error is EPIPE ("Broken pipe"; Windows: "The pipe
     * is being closed" / "has been ended"), or stdout is a pipe or socket at all, which is never full (a write waits),
     * so only a gone reader fails it (also where the C library words EPIPE in another language).
     */
    boolean readerClosed() {
        checkError(); // flushes: a failure still in the buffer is recorded
        IOException e = recorder.failure;
        return e != null && (pipe || String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT).contains("pipe"));
    }

    /** Linux names a pipe's or socket's descriptor {@code pipe:[inode]} / {@code socket:[inode]}. */
    private static boolean isPipeOrSocket() {
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/1")).toString();
            return target.startsWith("pipe:") || target.startsWith("socket:");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return false; // not Linux: the message decides
        }
    }

    /** Passes writes on and keeps the first failure. */
    private static final class Recorder extends FilterOutputStream {
        private volatile IOException failure;

        Recorder(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            try {
                out.write(b);
            } catch (IOException e) {
                throw record(e);
            }
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            try {
                out.write(b, off, len);
            } catch (IOException e) {
                throw record(e);
            }
        }

        @Override
        public void flush() throws IOException {
            try {
                out.flush();
            } catch (IOException e) {
                throw record(e);
            }
        }

        private IOException record(IOException e) {
            if (failure == null) {
                failure = e;
            }
            return e;
        }
    }
}
