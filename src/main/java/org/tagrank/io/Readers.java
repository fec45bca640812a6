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
        return text(open(file), file);
    }

    /**
     * As {@link #utf8(Path)}, every byte read also going to {@code digest}: a checksum of the bytes read (of a gzip
     * file, its compressed bytes), where opening the file again to sum it would read nothing from a pipe (or wait for
     * a second writer on a named one).
     */
    public static LineReader utf8(Path file, java.security.MessageDigest digest) throws IOException {
        return text(new java.security.DigestInputStream(open(file), digest), file);
    }

    /**
     * The file's name without a {@code .gz} ending: what a name-based choice (a format, a file beside it) looks at, since
     * a gzip file is read as its text ({@code train.tsv.gz} is a {@code .tsv}).
     */
    public static String nameWithoutGz(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        return name.regionMatches(true, Math.max(0, name.length() - 3), ".gz", 0, 3) ? name.substring(0, name.length() - 3)
                : name;
    }

    /**
     * The file named {@code name} beside {@code file} (a companion file: MCTest's answers, a mention file's documents),
     * or its {@code name.gz} when only that exists: either may be gzip-compressed, as every input may.
     */
    public static Path sibling(Path file, String name) {
        Path plain = file.resolveSibling(name);
        Path gz = file.resolveSibling(name + ".gz");
        return !Files.exists(plain) && Files.exists(gz) ? gz : plain;
    }

    private static InputStream open(Path file) throws IOException {
        if (Files.isDirectory(file)) { // opening one works on Linux; only the first read fails, naming no file
            throw new java.nio.file.FileSystemException(file.toString(), null, "is a directory, not a file");
        }
        // a FIFO or /dev/fd/N (bash's <(cmd)) through FileInputStream, whose available() works there (the channel's
        // says 'Illegal seek'), so that what a pipe has sent can be tagged before it sends more
        return Files.isRegularFile(file) || !Files.exists(file) ? Files.newInputStream(file)
                : new java.io.FileInputStream(file.toFile());
    }

    /** Only a regular file is sniffed for gzip: a pipe's first bytes would have to come before any line is answered. */
    private static LineReader text(InputStream in, Path file) throws IOException {
        String source = file.toString();
        return new LineReader(new StrictUtf8Reader(Files.isRegularFile(file) ? gunzipped(in, source) : in, source));
    }

    /** The stream's text bytes: gzip data (its magic bytes, which no UTF-8 text starts with) decompressed. */
    private static InputStream gunzipped(InputStream raw, String source) throws IOException {
        InputStream in = new java.io.BufferedInputStream(raw, 1 << 16);
        in.mark(2);
        boolean gzipped = in.read() == 0x1F && in.read() == 0x8B;
        in.reset();
        return gzipped ? new GzipInput(in, source) : in;
    }

    /**
     * A gzip file's text, as CoreNLP's readers give {@code .gz} files; damaged or cut data is a
     * {@link java.nio.file.FileSystemException} naming the file (bad data, not a crash).
     */
    private static final class GzipInput extends java.io.FilterInputStream {
        private final String file;

        GzipInput(InputStream raw, String file) throws IOException {
            super(null);
            this.file = file;
            try {
                in = new java.util.zip.GZIPInputStream(raw, 1 << 16);
            } catch (java.util.zip.ZipException | java.io.EOFException e) {
                raw.close();
                throw corrupt(e);
            }
        }

        private IOException corrupt(IOException e) {
            return new java.nio.file.FileSystemException(file, null, "corrupt or cut gzip data ("
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()) + ")");
        }

        @Override
        public int read() throws IOException {
            try {
                return in.read();
            } catch (java.util.zip.ZipException | java.io.EOFException e) {
                throw corrupt(e);
            }
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            try {
                return in.read(b, off, len);
            } catch (java.util.zip.ZipException | java.io.EOFException e) {
                throw corrupt(e);
            }
        }
    }

    /**
     * A strict reader of a resource's stream (a file, classpath entry or URL: read to its end, never a co-process),
     * gzip-compressed data read as its text as for {@link #utf8(Path)}.
     */
    public static LineReader utf8Resource(InputStream raw, String source) throws IOException {
        return new LineReader(new StrictUtf8Reader(gunzipped(raw, source), source));
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
