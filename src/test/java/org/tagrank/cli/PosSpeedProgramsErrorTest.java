package org.tagrank.cli;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * scripts/PosSpeed.java and PosSteady.java (run by bench-pos-speed / bench-pos-steady): a model that cannot be
 * loaded or a malformed CoNLL-U file is one line with the project's exit code, not an exception's stack trace.
 */
class PosSpeedProgramsErrorTest {
    @TempDir
    Path dir;

    private static final String SENTENCE = "1\tCats\tcat\tNOUN\tNNS\t_\t2\tnsubj\t_\t_\n2\tsleep\tsleep\tVERB\tVBP\t_\t0\troot\t_\t_\n\n";

    private String[] run(String program, String data, String model) throws Exception {
        Path file = Files.writeString(dir.resolve("data.conllu"), data);
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dwarmup=0", "-Drounds=1", "-cp", System.getProperty("java.class.path"),
                Path.of("scripts", program).toAbsolutePath().toString(), file.toString(), model)
                .redirectOutput(dir.resolve("out.txt").toFile()).redirectError(dir.resolve("err.txt").toFile()).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), program + " still running");
        return new String[]{String.valueOf(p.exitValue()), Files.readString(dir.resolve("err.txt"))};
    }

    @ParameterizedTest
    @CsvSource({"PosSpeed.java,bench-pos-speed", "PosSteady.java,bench-pos-steady"})
    void aMissingModelIsOneLine(String program, String script) throws Exception {
        String[] r = run(program, SENTENCE, dir.resolve("no-such.lin.zip").toString());
        assertEquals("3", r[0], r[1]);
        assertEquals(List.of(script + ": model not found as a file or classpath resource: " + dir.resolve("no-such.lin.zip")),
                r[1].lines().toList());
    }

    @ParameterizedTest
    @CsvSource({"PosSpeed.java,bench-pos-speed", "PosSteady.java,bench-pos-steady"})
    void aMalformedDataFileIsOneLine(String program, String script) throws Exception {
        String[] r = run(program, "1\tCats\n\n", "models/en-ewt-pos-ap-fast-1.lin.zip");
        assertEquals("2", r[0], r[1]);
        assertEquals(1, r[1].lines().count(), r[1]);
        assertTrue(r[1].startsWith(script + ": " + dir.resolve("data.conllu") + ":1"), r[1]);
    }
}
