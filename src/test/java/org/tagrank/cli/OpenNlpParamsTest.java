package org.tagrank.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * OpenNLP reads {@code -params} files as Java properties ({@code TrainingParameters(InputStream)}), where
 * {@code Iterations: 100}, {@code Iterations 100} and {@code ! comment} are as valid as {@code Iterations=100}; they
 * were "expected key=value" errors here. A key given twice kept the last value silently.
 */
class OpenNlpParamsTest {
    @TempDir
    Path dir;

    private OpenNlpParams read(String text) throws IOException {
        return OpenNlpParams.read(Files.writeString(dir.resolve("p.txt"), text));
    }

    @Test
    void propertiesSeparatorsAndCommentsAsOpenNlpReadsThem() throws IOException {
        OpenNlpParams p = read("! OpenNLP sample\n# another comment\nAlgorithm: PERCEPTRON\nIterations 12\n"
                + "Cutoff = 3\n  L2Cost\t:\t0\nThreads=2\n");
        assertEquals("perceptron", p.learner());
        assertEquals(12, p.epochs());
        assertEquals(3, p.cutoff());
        assertEquals(0.0, p.l2());
        assertEquals(2, p.threads());
    }

    @Test
    void aKeyTwiceIsRefusedWithBothLines() {
        CliException e = assertThrows(CliException.class, () -> read("Iterations=10\n\nIterations=20\n"));
        assertEquals(dir.resolve("p.txt") + ":3: Iterations is already set on line 1", e.getMessage());
    }

    @Test
    void aContinuedLineIsRefusedNotMisread() {
        CliException e = assertThrows(CliException.class, () -> read("Iterations=1\\\n00\n"));
        assertEquals(dir.resolve("p.txt") + ":1: a line continued with '\\' is not supported; write the value on one line",
                e.getMessage());
    }

    @Test
    void aKeyWithoutValueIsRefused() {
        CliException e = assertThrows(CliException.class, () -> read("Iterations\n"));
        assertEquals(dir.resolve("p.txt") + ":1: Iterations has no value (expected key=value)", e.getMessage());
    }
}
