package org.tagrank.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The temporary files of atomic writes still in progress, deleted by a shutdown hook: a run stopped by Ctrl-C or
 * {@code kill} (SIGINT, SIGTERM) runs the JVM's shutdown hooks but not the writer's {@code finally}, which left a
 * {@code .OUT…part} / {@code MODEL….tmp} file beside the output. (SIGKILL runs nothing; no code can help there.)
 */
public final class PendingFiles {
    private static final Set<Path> PENDING = ConcurrentHashMap.newKeySet();

    private PendingFiles() {
    }

    /** Registered on first use, so that loading the class in a library registers nothing. */
    private static final class Hook {
        static {
            Runtime.getRuntime().addShutdownHook(new Thread(PendingFiles::deleteAll, "tagrank-delete-partial-files"));
        }

        static void install() {
            // the static initializer did it
        }
    }

    /** A temporary file {@code prefix…suffix} in {@code dir}, deleted at shutdown until {@link #done} is called for it. */
    public static Path create(Path dir, String prefix, String suffix) throws IOException {
        Hook.install();
        Path tmp = Files.createTempFile(dir, prefix, suffix);
        PENDING.add(tmp);
        return tmp;
    }

    /** Deletes the temporary file if it is still there (not moved into place) and forgets it. */
    public static void done(Path tmp) throws IOException {
        try {
            Files.deleteIfExists(tmp);
        } finally {
            PENDING.remove(tmp);
        }
    }

    /** What the shutdown hook runs: deletes every pending temporary file it can. */
    static void deleteAll() {
        for (Path p : PENDING) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException | RuntimeException e) {
                // shutting down: nothing more to do for this file
            }
        }
    }
}
