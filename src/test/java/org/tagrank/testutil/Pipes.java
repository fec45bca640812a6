package org.tagrank.testutil;

import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;

/** Named pipes for tests of input that cannot be read twice (the test is skipped where mkfifo is missing). */
public final class Pipes {
    private Pipes() {
    }

    public static Path fifo(Path dir, String name) throws IOException, InterruptedException {
        Path fifo = dir.resolve(name);
        try {
            Assumptions.assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start().waitFor() == 0,
                    "mkfifo failed");
        } catch (IOException e) {
            Assumptions.abort("no mkfifo here: " + e.getMessage());
        }
        return fifo;
    }

    /** Writes the bytes into the pipe once a reader opens it. */
    public static CompletableFuture<Void> feed(Path fifo, byte[] bytes) {
        return CompletableFuture.runAsync(() -> {
            try (OutputStream out = Files.newOutputStream(fifo)) {
                out.write(bytes);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }
}
