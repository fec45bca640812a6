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
    public static BufferedReader utf8(Path file) throws IOException {
        return new BufferedReader(new StrictUtf8Reader(open(file), file.toString()), 1 << 16);
    }

    /**
     * As {@link #utf8(Path)}, every byte read also going to {@code digest}: a checksum of the bytes read, where opening
     * the file again to sum it would read nothing from a pipe (or wait for a second writer on a named one).
     */
    public static BufferedReader utf8(Path file, java.security.MessageDigest digest) throws IOException {
        java.io.InputStream in = new java.security.DigestInputStream(open(file), digest);
        return new BufferedReader(new StrictUtf8Reader(in, file.toString()), 1 << 16);
    }

    private static java.io.InputStream open(Path file) throws IOException {
        if (Files.isDirectory(file)) { // opening one works on Linux; only the first read fails, naming no file
            throw new java.nio.file.FileSystemException(file.toString(), null, "is a directory, not a file");
        }
        // a FIFO or /dev/fd/N (bash's <(cmd)) through FileInputStream, whose available() works there (the channel's
        // says 'Illegal seek'), so that what a pipe has sent can be tagged before it sends more
        return Files.isRegularFile(file) || !Files.exists(file) ? Files.newInputStream(file)
                : new java.io.FileInputStream(file.toFile());
    }

    /** A strict reader of a stream; errors name it {@code <stdin>}. */
    public static BufferedReader utf8(InputStream in) {
        return utf8(in, "<stdin>");
    }

    /** A strict reader of a stream; malformed UTF-8 is a {@link CorpusFormatException} naming {@code source} and the line. */
    public static BufferedReader utf8(InputStream in, String source) {
        return new BufferedReader(new StrictUtf8Reader(in, source), 1 << 16);
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
