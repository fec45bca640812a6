package org.tagrank.cli;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** scripts/extract-*: an output they cannot write is one line (exit 4), not an IOException's stack trace. */
class ExtractScriptsOutputTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"extract-distsim", "extract-embeddings", "extract-taglexicon"})
    void anUnwritableOutputIsOneLine(String script) throws Exception {
        Path m2 = Path.of(System.getProperty("user.home"), ".m2/repository/edu/stanford/nlp/stanford-corenlp/4.5.10");
        Assumptions.assumeTrue(Files.isRegularFile(m2.resolve("stanford-corenlp-4.5.10-models.jar")), "no CoreNLP models jar");
        // /proc takes no new files, even from root (for whom a read-only directory would be writable)
        Assumptions.assumeTrue(Files.isDirectory(Path.of("/proc/self")), "no /proc");
        Path out = Path.of("/proc/tagrank-extract-test.tsv");
        Process p = new ProcessBuilder(Path.of("scripts", script).toAbsolutePath().toString(), out.toString())
                .directory(dir.toFile()).redirectOutput(dir.resolve("out.txt").toFile())
                .redirectError(dir.resolve("err.txt").toFile()).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), script + " still running");
        String err = Files.readString(dir.resolve("err.txt"));
        assertEquals(4, p.exitValue(), err);
        assertFalse(err.contains("\tat "), err);
        String last = err.lines().reduce((a, b) -> b).orElse("");
        assertTrue(last.startsWith(script + ": cannot write " + out + " ("), err);
    }
}
