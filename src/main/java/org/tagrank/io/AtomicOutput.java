package org.tagrank.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Output files written to a temporary sibling ({@code .NAME…part}) and renamed over the target at the end, so a
 * failure leaves no half file. The temporaries of writes in progress are deleted by a shutdown hook: a run stopped
 * by Ctrl-C or {@code kill} (SIGINT, SIGTERM) runs the JVM's shutdown hooks but not the writer's {@code finally}.
 * (SIGKILL runs nothing.) A target that is a device or FIFO ({@code /dev/null}, {@code /dev/stdout} on a pipe) is
 * written in place, and a symbolic link's file is replaced, not the link. The output gets the mode a shell's
 * {@code >} gives: a replaced file's, or for a new file 0666 less the umask. Missing parent directories are created
 * for the temporary file and removed again (those this write created, if still empty) when it fails or is stopped.
 */
public final class AtomicOutput {
    /** The temporary file of each write in progress, and the directories that write created (deepest first). */
    private static final Map<Path, List<Path>> PENDING = new ConcurrentHashMap<>();

    private AtomicOutput() {
    }

    /** Writes the output of a body that may throw IOException. */
    @FunctionalInterface
    public interface Body {
        void accept(OutputStream out) throws IOException;
    }

    /** Registered on first use, so that loading the class in a library registers nothing. */
    private static final class Hook {
        static {
            Runtime.getRuntime().addShutdownHook(new Thread(AtomicOutput::deletePending, "tagrank-delete-partial-files"));
        }

        static void install() {
            // the static initializer did it
        }
    }

    /**
     * Writes the body to a temporary file beside {@code target}, then moves it over {@code target} (creating missing
     * parent directories); the temporary file, and the directories it created, are removed on failure and at shutdown.
     */
    public static void write(Path target, Body body) throws IOException {
        if (writtenInPlace(target)) {
            try (OutputStream out = new Named(Files.newOutputStream(target), target, "the output is incomplete")) {
                body.accept(out);
            }
            return;
        }
        Path file = replacedFile(target);
        Path dir = file.toAbsolutePath().getParent();
        Hook.install();
        List<Path> created = new ArrayList<>();
        Path tmp;
        try {
            createDirectories(dir, created);
            tmp = createTemporary(dir, file);
        } catch (IOException | RuntimeException e) {
            removeEmpty(created);
            throw e;
        }
        PENDING.put(tmp, created);
        boolean moved = false;
        try {
            var mode = modeOf(file);
            if (mode != null) { // before the first byte: a file kept private is never readable as its temporary
                var writable = java.util.EnumSet.noneOf(java.nio.file.attribute.PosixFilePermission.class);
                writable.addAll(mode);
                writable.add(java.nio.file.attribute.PosixFilePermission.OWNER_WRITE); // a read-only file is replaced, as before
                Files.setPosixFilePermissions(tmp, writable);
            }
            try (java.nio.channels.FileChannel channel = java.nio.channels.FileChannel.open(tmp,
                    java.nio.file.StandardOpenOption.WRITE, java.nio.file.StandardOpenOption.TRUNCATE_EXISTING)) {
                // a body may close its stream; the channel stays open for force and is closed here
                OutputStream out = new Named(new java.io.FilterOutputStream(java.nio.channels.Channels.newOutputStream(channel)) {
                    @Override
                    public void write(byte[] b, int off, int len) throws IOException {
                        out.write(b, off, len);
                    }

                    @Override
                    public void close() throws IOException {
                        flush();
                    }
                }, target);
                body.accept(out);
                out.flush();
                // on disk before the rename: after a power cut the name shows the whole file or the old one, never a
                // renamed empty or short one (a rename can reach the disk before the data of a new file)
                try {
                    channel.force(true);
                } catch (IOException e) {
                    throw new IOException("cannot write " + target + ": " + e.getMessage() + " (nothing was written to it)", e);
                }
            }
            if (mode != null) {
                Files.setPosixFilePermissions(tmp, mode);
            }
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
            moved = true;
            forceDirectory(file.toAbsolutePath().getParent());
        } finally {
            try {
                Files.deleteIfExists(tmp);
                if (!moved) { // a failed write leaves no directories made for it ('-o nd/sub/x' left nd/sub)
                    removeEmpty(created);
                }
            } finally {
                PENDING.remove(tmp);
            }
        }
    }

    /**
     * Puts the directory's entries (the rename) on disk where the platform can: Linux opens a directory for reading and
     * syncs it; elsewhere (Windows) that fails, and the rename is left to the file system.
     */
    private static void forceDirectory(Path dir) {
        try (java.nio.channels.FileChannel d = java.nio.channels.FileChannel.open(dir, java.nio.file.StandardOpenOption.READ)) {
            d.force(true);
        } catch (IOException | RuntimeException e) {
            // not supported here; the file itself is on disk
        }
    }

    /**
     * A new empty file {@code .NAME.RANDOM.part} in {@code dir}, with the mode a new file gets (0666 less the umask),
     * as after a shell's {@code > NAME}; {@code createTempFile} made it owner-only, later set to rw-r--r-- under any umask.
     */
    private static Path createTemporary(Path dir, Path file) throws IOException {
        for (int attempt = 0; ; attempt++) {
            Path tmp = dir.resolve("." + file.getFileName() + "."
                    + Long.toUnsignedString(java.util.concurrent.ThreadLocalRandom.current().nextLong(), 36) + ".part");
            try {
                return Files.createFile(tmp);
            } catch (java.nio.file.FileAlreadyExistsException e) {
                if (attempt >= 100) {
                    throw e;
                }
            }
        }
    }

    /** The mode of the file a write replaces (a shell's {@code >} keeps it), or null: a new file, or not POSIX. */
    private static java.util.Set<java.nio.file.attribute.PosixFilePermission> modeOf(Path file) throws IOException {
        if (!Files.exists(file) || !file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return null;
        }
        return Files.getPosixFilePermissions(file);
    }

    /**
     * The temporary file's (or an in-place target's) stream, whose write errors name the target: a full disk said only "No space left on
     * device", which did not say which output failed (or that nothing was written to it).
     */
    static final class Named extends java.io.FilterOutputStream {
        private final Path target;
        private final String outcome;

        Named(OutputStream out, Path target) {
            this(out, target, "nothing was written to it"); // the temporary file is deleted, the target untouched
        }

        Named(OutputStream out, Path target, String outcome) {
            super(out);
            this.target = target;
            this.outcome = outcome;
        }

        private IOException named(IOException e) {
            return new IOException("cannot write " + target + ": " + e.getMessage() + " (" + outcome + ")", e);
        }

        @Override
        public void write(int b) throws IOException {
            try {
                out.write(b);
            } catch (IOException e) {
                throw named(e);
            }
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            try {
                out.write(b, off, len);
            } catch (IOException e) {
                throw named(e);
            }
        }

        @Override
        public void flush() throws IOException {
            try {
                out.flush();
            } catch (IOException e) {
                throw named(e);
            }
        }

        @Override
        public void close() throws IOException {
            try {
                out.close();
            } catch (IOException e) {
                throw named(e);
            }
        }
    }

    /**
     * Creates the missing directories down to {@code dir}, adding each it created to {@code created}, deepest first:
     * one that appears meanwhile (another process) is not ours to remove.
     */
    private static void createDirectories(Path dir, List<Path> created) throws IOException {
        List<Path> missing = new ArrayList<>();
        for (Path d = dir; d != null && !Files.isDirectory(d); d = d.getParent()) {
            missing.add(0, d);
        }
        for (Path d : missing) {
            try {
                Files.createDirectory(d);
                created.add(0, d);
            } catch (java.nio.file.FileAlreadyExistsException e) {
                if (!Files.isDirectory(d)) {
                    throw e;
                }
            }
        }
    }

    /** Deletes these directories in order (deepest first) while they are empty. */
    private static void removeEmpty(List<Path> dirs) {
        for (Path d : dirs) {
            try {
                Files.deleteIfExists(d);
            } catch (IOException | RuntimeException e) {
                return; // not empty (something else was put there) or not ours to delete: its parents stay too
            }
        }
    }

    /**
     * Whether a write to {@code target} goes straight into it: a device or FIFO ({@code /dev/null}), since renaming a
     * file over it replaced the device node itself (as root, {@code -o /dev/null} left a file there).
     */
    public static boolean writtenInPlace(Path target) {
        return Files.exists(target) && !Files.isRegularFile(target) && !Files.isDirectory(target);
    }

    /**
     * The file a write to {@code target} replaces: the target, or for a symbolic link the file it names (the link
     * stays), also one not there yet.
     */
    public static Path replacedFile(Path target) throws IOException {
        if (!Files.isSymbolicLink(target)) {
            return target;
        }
        return Files.exists(target) ? target.toRealPath()
                : target.toAbsolutePath().resolveSibling(Files.readSymbolicLink(target));
    }

    /**
     * What the shutdown hook runs: deletes the temporary file of every write still in progress, and the directories
     * made for it.
     */
    static void deletePending() {
        for (Map.Entry<Path, List<Path>> p : PENDING.entrySet()) {
            try {
                Files.deleteIfExists(p.getKey());
            } catch (IOException | RuntimeException e) {
                continue; // shutting down: nothing more to do for this file, and its directory is not empty
            }
            removeEmpty(p.getValue());
        }
    }
}
