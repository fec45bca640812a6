package org.tagrank.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Strict UTF-8 readers: malformed input is an error naming the source and line, never replaced silently. */
public final class Readers {
    private Readers() {
    }

    /**
     * A strict reader of a file; malformed UTF-8 stops it with a {@link CorpusFormatException} naming the
     * file and the line of the first bad byte. A directory is a {@link java.nio.file.FileSystemException} naming it.
     */
    public static LineReader utf8(Path file) throws IOException {
        if (Files.isDirectory(file)) { // opening one works on Linux; only the first read fails, naming no file
            throw new java.nio.file.FileSystemException(file.toString(), null, "is a directory, not a file");
        }
        // a FIFO or /dev/fd/N (bash's <(cmd)) through FileInputStream, whose available() works there (the channel's
        // says 'Illegal seek'), so that what a pipe has sent can be tagged before it sends more
        java.io.InputStream in = Files.isRegularFile(file) || !Files.exists(file) ? Files.newInputStream(file)
                : new java.io.FileInputStream(file.toFile());
        return new LineReader(new StrictUtf8Reader(in, file.toString()));
    }

    /** A strict reader of a stream; errors name it {@code <stdin>}. */
    public static LineReader utf8(InputStream in) {
        return utf8(in, "<stdin>");
    }

    /** A strict reader of a stream; malformed UTF-8 is a {@link CorpusFormatException} naming {@code source} and the line. */
    public static LineReader utf8(InputStream in, String source) {
        return new LineReader(new StrictUtf8Reader(in, source));
    }

    /** The whole text of a file, read strictly as {@link #utf8(Path)} does. */
    public static String readString(Path file) throws IOException {
        return readAll(utf8(file));
    }

    /** The whole text of a stream, read strictly as {@link #utf8(InputStream, String)} does. */
    public static String readString(InputStream in, String source) throws IOException {
        return readAll(utf8(in, source));
    }

    private static String readAll(BufferedReader r) throws IOException {
        try (r) {
            StringBuilder sb = new StringBuilder();
            char[] buf = new char[1 << 14];
            int n;
            while ((n = r.read(buf)) > 0) {
                sb.append(buf, 0, n);
            }
            return sb.toString();
        }
    }
}
