package org.tagrank.cli;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Input that comes a line at a time (a terminal, a program waiting for each answer) is answered a line at a time:
 * tag waited for 256 sentences or the end of input before it read, tagged or wrote anything.
 */
class StreamingTagCliTest {

    @Test
    void aBatchEndsWhereThePipeHasNothingMoreYet() throws Exception {
        InputStream saved = System.in;
        PipedInputStream in = new PipedInputStream();
        try (PipedOutputStream feed = new PipedOutputStream(in)) {
            System.setIn(in);
            try (SentenceSource source = new SentenceSource(List.of(java.nio.file.Path.of("-")),
                    SentenceSource.Format.TOKENS, '_')) {
                feed.write("The dog barks .\nA cat .\n".getBytes(StandardCharsets.UTF_8));
                feed.flush();
                CompletableFuture<List<SentenceSource.Item>> batch = CompletableFuture.supplyAsync(() -> {
                    try {
                        return source.nextBatch(256);
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                });
                // a bound on a wait for a result that does not depend on speed: it blocked until the end of input
                List<SentenceSource.Item> got = batch.get(60, TimeUnit.SECONDS);
                assertEquals(2, got.size());
                assertEquals(List.of("A", "cat", "."), got.get(1).words());
            }
        } finally {
            System.setIn(saved);
        }
    }

    @Test
    void aNamedPipeIsReadAsItComes(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        // bash's <(cmd) and mkfifo: the file channel's available() said 'Illegal seek', which failed the run
        java.nio.file.Path fifo = dir.resolve("fifo");
        try {
            org.junit.jupiter.api.Assumptions.assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start()
                    .waitFor() == 0, "mkfifo failed");
        } catch (java.io.IOException e) {
            org.junit.jupiter.api.Assumptions.abort("no mkfifo here: " + e.getMessage());
        }
        CompletableFuture<java.io.OutputStream> writer = CompletableFuture.supplyAsync(() -> {
            try {
                java.io.OutputStream w = java.nio.file.Files.newOutputStream(fifo); // opens once the reader has
                w.write("The dog barks .\nA cat .\n".getBytes(StandardCharsets.UTF_8));
                w.flush();
                return w;
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        try (SentenceSource source = new SentenceSource(List.of(fifo), SentenceSource.Format.TOKENS, '_')) {
            CompletableFuture<List<SentenceSource.Item>> batch = CompletableFuture.supplyAsync(() -> {
                try {
                    return source.nextBatch(256);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            assertEquals(2, batch.get(60, TimeUnit.SECONDS).size()); // a bound on a wait; it timed nothing
            writer.get(60, TimeUnit.SECONDS).close();
            assertEquals(List.of(), source.nextBatch(256));
        }
    }

    @Test
    void eachLineIsAnsweredBeforeTheNextIsWritten() throws Exception {
        for (String threads : new String[]{"1", "2"}) {
            InputStream saved = System.in;
            PipedInputStream in = new PipedInputStream();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (PipedOutputStream feed = new PipedOutputStream(in)) {
                System.setIn(in);
                CompletableFuture<Integer> run = CompletableFuture.supplyAsync(() -> Main.run(new String[]{"tag", "--quiet",
                        "--threads", threads, "--input-format", "tokens"}, new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)));
                for (String line : new String[]{"The dog barks .", "A cat sleeps ."}) {
                    feed.write((line + "\n").getBytes(StandardCharsets.UTF_8));
                    feed.flush();
                    String first = line.substring(0, line.indexOf(' ')) + "_DT ";
                    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60); // bounds a wait, times nothing
                    while (!out.toString(StandardCharsets.UTF_8).contains(first)) {
                        assertTrue(System.nanoTime() < deadline, threads + " threads: no answer to '" + line + "' before "
                                + "the end of input; got '" + out.toString(StandardCharsets.UTF_8) + "'");
                        assertTrue(!run.isDone(), "the run ended: " + (run.isDone() ? run.join() : ""));
                        Thread.sleep(20);
                    }
                }
                feed.close();
                assertEquals(0, run.get(60, TimeUnit.SECONDS));
                assertEquals(2, out.toString(StandardCharsets.UTF_8).lines().count());
            } finally {
                System.setIn(saved);
            }
        }
    }

    /**
     * A co-process that has written one line and part of the next (its buffer flushed mid-line) and waits for the
     * answer to the first: the check for more input said yes (bytes were there), so the reader blocked on the rest of
     * the second line and the first was never answered.
     */
    @Test
    void aLineWithoutItsLineEndYetDoesNotHoldBackTheOnesBefore() throws Exception {
        String conllu = "1\tThe\t_\t_\t_\t_\t_\t_\t_\t_\n2\tdog\t_\t_\t_\t_\t_\t_\t_\t_\n\n";
        Object[][] cases = {
                {SentenceSource.Format.TOKENS, "The dog barks .\n", "A ca", "t .\n", List.of("A", "cat", ".")},
                {SentenceSource.Format.WORD_TAG, "The_DT dog_NN\n", "A_DT ca", "t_NN\n", List.of("A", "cat")},
                {SentenceSource.Format.CONLLU, conllu, "1\tA\t_\t_\t_\t_\t_\t_", "\t_\t_\n\n", List.of("A")},
                {SentenceSource.Format.TEXT, "The dog barks.\n\n", "A cat\n", "sleeps.\n\n", null},
        };
        // one reading thread that lives on: a pipe whose last reader thread ended says 'Read end dead' to the writer
        java.util.concurrent.ExecutorService reading = java.util.concurrent.Executors.newSingleThreadExecutor();
        for (Object[] c : cases) {
            InputStream saved = System.in;
            PipedInputStream in = new PipedInputStream();
            try (PipedOutputStream feed = new PipedOutputStream(in)) {
                System.setIn(in);
                try (SentenceSource source = new SentenceSource(List.of(java.nio.file.Path.of("-")),
                        (SentenceSource.Format) c[0], '_')) {
                    feed.write(((String) c[1] + c[2]).getBytes(StandardCharsets.UTF_8));
                    feed.flush();
                    CompletableFuture<List<SentenceSource.Item>> first = CompletableFuture.supplyAsync(() -> batch(source),
                            reading);
                    // bounds a wait for a result that does not depend on speed: it blocked until the line was whole
                    assertEquals(1, first.get(60, TimeUnit.SECONDS).size(), c[0] + ": the first unit alone");
                    feed.write(((String) c[3]).getBytes(StandardCharsets.UTF_8));
                    feed.close();
                    List<SentenceSource.Item> second = reading.submit(() -> batch(source)).get(60, TimeUnit.SECONDS);
                    assertEquals(1, second.size(), c[0] + ": the second unit, whole");
                    if (c[4] != null) {
                        assertEquals(c[4], second.get(0).words());
                    } else {
                        assertEquals("A cat\nsleeps.\n", second.get(0).paragraph());
                    }
                    assertEquals(List.of(), batch(source));
                }
            } finally {
                System.setIn(saved);
            }
        }
        reading.shutdown();
    }

    private static List<SentenceSource.Item> batch(SentenceSource source) {
        try {
            return source.nextBatch(256);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
