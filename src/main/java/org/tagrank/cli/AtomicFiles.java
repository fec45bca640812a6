package org.tagrank.cli;

import org.tagrank.io.AtomicOutput;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

/** Output files written to a temporary sibling and renamed at the end ({@link AtomicOutput}), with the CLI's checks. */
public final class AtomicFiles {
    private AtomicFiles() {
    }

    /**
     * Writes the body to a temporary file, then moves it over {@code target} ({@link AtomicOutput#write}); gzip-compressed
     * when the name ends in {@code .gz}, as CoreNLP writes such outputs (and as every input is read back).
     */
    public static void write(Path target, IoConsumer<OutputStream> body) throws IOException {
        checkTarget(target, "output");
        if (!gzipped(target)) {
            AtomicOutput.write(target, body::accept);
            return;
        }
        AtomicOutput.write(target, os -> {
            GZIPOutputStream gz = new GZIPOutputStream(os, 1 << 16); // Java writes no time stamp: same bytes each run
            body.accept(new FilterOutputStream(gz) {
                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    out.write(b, off, len);
                }

                @Override
                public void close() throws IOException { // the trailer is written below; AtomicOutput closes the file
                    flush();
                }
            });
            gz.finish();
        });
    }

    static boolean gzipped(Path target) { // the name an input of this name is read by, less a .gz
        return target.getFileName() != null && !org.tagrank.io.Readers.nameWithoutGz(target).equals(target.getFileName().toString());
    }

    /**
     * An output option's path, refused when it can only name a directory ({@code -o newdir/}, {@code x/.}): a path
     * drops a trailing '/', so the write made a regular file named {@code newdir}. Its error names the option.
     */
    public static final class OutputFile implements picocli.CommandLine.ITypeConverter<Path> {
        @Override
        public Path convert(String s) {
            if ("-".equals(s)) { // it wrote a file named '-': only tag's -o takes it, as stdout (OutputFileOrStdout)
                throw new picocli.CommandLine.TypeConversionException("'-' (standard output) is not taken here: give the"
                        + " file to write");
            }
            return file(s);
        }

        static Path file(String s) {
            Path p = Path.of(NonEmpty.check(s));
            Path name = p.getFileName();
            if (s.endsWith("/") || s.endsWith(java.io.File.separator) || name != null
                    && (name.toString().equals(".") || name.toString().equals(".."))) {
                throw new picocli.CommandLine.TypeConversionException("'" + s
                        + "' names a directory; give the file to write");
            }
            return p;
        }
    }

    /** As {@link OutputFile}, {@code -} being standard output (tag's {@code -o}). */
    public static final class OutputFileOrStdout implements picocli.CommandLine.ITypeConverter<Path> {
        @Override
        public Path convert(String s) {
            return "-".equals(s) ? Path.of(s) : OutputFile.file(s);
        }
    }

    /**
     * The file a location (model, lexicon, --param value) names, for {@link #checkNotInput}: null for a URL or what
     * is no path; a classpath resource is not an existing file and so never matches.
     */
    static Path location(String s) {
        if (s == null || s.indexOf("://") > 0) {
            return null;
        }
        try {
            return Path.of(s);
        } catch (java.nio.file.InvalidPathException e) {
            return null;
        }
    }

    /**
     * Refuses a target that is a directory with a usage error naming it: commands call this before their work,
     * so that a long run does not end in a failed rename.
     */
    static void checkTarget(Path target, String option) {
        if (target == null) {
            return;
        }
        if (Files.isDirectory(target)) {
            throw CliException.usage(option + " " + target + ": is a directory; give the file to write");
        }
        if (AtomicOutput.writtenInPlace(target)) { // a device or FIFO (/dev/null)
            if (!Files.isWritable(target)) {
                throw CliException.usage(option + " " + target + ": cannot write it (permission denied)");
            }
            return;
        }
        Path file = target;
        try {
            file = AtomicOutput.replacedFile(target); // a symbolic link's file
        } catch (IOException e) {
            // checked again when written
        }
        Path dir = file.toAbsolutePath().getParent();
        while (dir != null && !Files.exists(dir)) { // missing directories are created: the nearest existing one counts
            dir = dir.getParent();
        }
        if (dir != null && (!Files.isDirectory(dir) || !Files.isWritable(dir))) {
            throw CliException.usage(option + " " + target + ": cannot write in " + dir
                    + (Files.isDirectory(dir) ? " (permission denied)" : " (not a directory)"));
        }
    }

    /**
     * Refuses a target that is one of the run's input files (by file identity), with a usage error before any
     * work: the output would replace what it is made from ('train --data x --out x' replaced the corpus).
     */
    static void checkNotInput(Path target, String option, Path... inputs) { // option: its spellings, as "-o/--out"
        if (target == null || !Files.exists(target)) {
            return;
        }
        for (Path in : commaLists(inputs)) {
            try {
                if (in != null && !in.toString().equals("-") && Files.exists(in) && Files.isSameFile(target, in)) {
                    throw CliException.usage(option + " " + target + " is an input of this run (" + in
                            + "): give another file");
                }
            } catch (IOException e) {
                // cannot compare: not the same file as far as we can tell
            }
        }
    }

    /** Each input, and each file of a {@code --data a.tsv,b.tsv} list (tasks rank, mctest) that is not itself a file. */
    private static java.util.List<Path> commaLists(Path... inputs) {
        java.util.List<Path> out = new java.util.ArrayList<>();
        for (Path in : inputs) {
            out.add(in);
            if (in != null && !Files.exists(in) && in.toString().contains(",")) {
                out.addAll(RankTraining.split(in));
            }
        }
        return out;
    }

    public static void writeString(Path target, String s) throws IOException {
        write(target, out -> out.write(s.getBytes(StandardCharsets.UTF_8)));
    }

    /** A consumer that may throw IOException. */
    @FunctionalInterface
    public interface IoConsumer<T> {
        void accept(T t) throws IOException;
    }
}
