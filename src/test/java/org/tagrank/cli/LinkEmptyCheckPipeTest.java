package org.tagrank.cli;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * {@code link rank} / {@code rank --task link} looked into the mention file for emptiness before reading it: through a
 * pipe ({@code <(zcat m.tsv.gz)}, mkfifo) that first look took the text, and the real read then waited for a second
 * writer for ever. Only a regular file is looked into now.
 */
class LinkEmptyCheckPipeTest {
    @TempDir
    Path dir;

    @Test
    void aPipeIsNotReadBeforeItsTurn() throws Exception {
        Path fifo = dir.resolve("m.mentions.tsv");
        try {
            Assumptions.assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start().waitFor() == 0,
                    "mkfifo failed");
        } catch (java.io.IOException e) {
            Assumptions.abort("no mkfifo here: " + e.getMessage());
        }
        String text = "doc1\tParis\tParis\n";
        CompletableFuture<Void> fed = CompletableFuture.runAsync(() -> {
            try (java.io.OutputStream out = Files.newOutputStream(fifo)) {
                out.write(text.getBytes(StandardCharsets.UTF_8));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        assertFalse(LinkTaskCli.isEmpty(fifo));
        CompletableFuture<String> read = CompletableFuture.supplyAsync(() -> {
            try {
                return Files.readString(fifo);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        try {
            assertEquals(text, read.get(10, TimeUnit.SECONDS));
            fed.get(10, TimeUnit.SECONDS);
        } finally {
            if (!read.isDone()) { // unblock the reader left waiting on the pipe
                try (java.io.OutputStream out = Files.newOutputStream(fifo)) {
                    out.flush();
                }
            }
        }
    }
}
