package org.tagrank.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Output files written to a temporary sibling ({@code .NAME…part}) and renamed over the target at the end, so a
 * failure leaves no half file. The temporaries of writes in progress are deleted by a shutdown hook: a run stopped
 * by Ctrl-C or {@code kill} (SIGINT, SIGTERM) runs the JVM's shutdown hooks but not the writer's {@code finally}.
 * (SIGKILL runs nothing.) A target that is a device or FIFO ({@code /dev/null}, {@code /dev/stdout} on a pipe) is
 * written in place, and a symbolic link's file is replaced, not the link.
 */
public final class AtomicOutput {
    private static final Set<Path> PENDING = ConcurrentHashMap.newKeySet();

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
     * parent directories); the temporary file is removed on failure and at shutdown.
     */
    public static void write(Path target, Body body) throws IOException {
        if (writtenInPlace(target)) {
            try (OutputStream out = Files.newOutputStream(target)) {
                body.accept(out);
            }
            return;
        }
        Path file = replacedFile(target);
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Hook.install();
        Path tmp = Files.createTempFile(dir, "." + file.getFileName(), ".part");
        PENDING.add(tmp);
        try {
            try (OutputStream out = Files.newOutputStream(tmp)) {
                body.accept(out);
            }
            Permissions.readable(tmp);
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            try {
                Files.deleteIfExists(tmp);
            } finally {
                PENDING.remove(tmp);
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

    /** What the shutdown hook runs: deletes the temporary file of every write still in progress. */
    static void deletePending() {
        for (Path p : PENDING) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException | RuntimeException e) {
                // shutting down: nothing more to do for this file
            }
        }
    }
}
