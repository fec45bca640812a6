package org.tagrank.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tagrank.task.pos.PosTagger;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A run stopped from outside (Ctrl-C, kill): no partial output and no temporary file left beside it. */
class InterruptedRunCliTest {
    @TempDir
    Path dir;

    private static List<String> names(Path d) throws IOException {
        try (Stream<Path> s = Files.list(d)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aKilledTagRunLeavesNothingAtItsOutput() throws Exception {
        Path outDir = dir.resolve("out");
        Path out = outDir.resolve("tagged.txt");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g",
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "tag", "--model", PosTagger.DEFAULT_MODEL,
                "--quiet", "--threads", "1", "--input-format", "tokens", "-", "-o", out.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("log.txt").toFile()).start();
        try (OutputStream stdin = p.getOutputStream()) {
            stdin.write("The dog barks .\n".getBytes(StandardCharsets.UTF_8));
            stdin.flush(); // stdin stays open: the run waits for more input, its temporary file open
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120); // a bound on a wait, not a timing
            while (!Files.isDirectory(outDir) || names(outDir).stream().noneMatch(n -> n.endsWith(".part"))) {
                assertTrue(p.isAlive(), () -> "the run ended before it was stopped: " + read(dir.resolve("log.txt")));
                assertTrue(System.nanoTime() < deadline, "no temporary output file appeared");
                Thread.sleep(50);
            }
            // SIGTERM, as kill sends (Ctrl-C's SIGINT runs the same shutdown hooks); through the handle, since
            // Process.destroy also closes the run's stdin, and the run could then end normally before the signal lands
            assertTrue(p.toHandle().destroy(), "SIGTERM not sent");
            assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the run did not stop");
        } finally {
            p.destroyForcibly();
        }
        // the run made out/ for its output: that goes too, with the temporary file in it
        assertFalse(Files.exists(outDir), () -> "left behind: " + java.util.Arrays.toString(outDir.toFile().list()));
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            return e.toString();
        }
    }
}
