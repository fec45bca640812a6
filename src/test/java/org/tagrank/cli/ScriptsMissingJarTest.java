package org.tagrank.cli;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The bench-pos-* scripts that run the prebuilt jar say in one line that it is missing (they compiled their
 * measuring class against it and printed javac's errors, or failed per run with java's "Unable to access jarfile").
 */
class ScriptsMissingJarTest {
    @TempDir
    Path dir;

    record Result(int code, String err) {
    }

    Result run(String script, String... args) throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/bin/bash")), "no bash here");
        List<String> command = new ArrayList<>(List.of(Path.of("scripts").resolve(script).toAbsolutePath().toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
        pb.environment().put("TAGRANK_JAR", dir.resolve("no-such.jar").toString());
        pb.environment().put("TAGRANK_CORPORA", dir.resolve("corpora").toString());
        pb.environment().put("TMPDIR", dir.toString());
        pb.redirectOutput(dir.resolve("out.txt").toFile()).redirectError(dir.resolve("err.txt").toFile());
        Process p = pb.start();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError(script + " still running after 60 s");
        }
        return new Result(p.exitValue(), Files.readString(dir.resolve("err.txt"), StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @ValueSource(strings = {"bench-pos-load", "bench-pos-speed", "bench-pos-steady", "bench-pos-seeds", "bench-pos-train"})
    void aMissingJarIsOneLine(String script) throws Exception {
        Path data = Files.writeString(dir.resolve("data.conllu"), "1\tHi\thi\tINTJ\tUH\t_\t0\troot\t_\t_\n\n");
        for (String f : List.of("ud-english-ewt/en_ewt-ud-train.conllu", "ud-english-ewt/en_ewt-ud-dev.conllu", "20newsgroups/train.tsv")) {
            Files.createDirectories(dir.resolve("corpora").resolve(f).getParent());
            Files.copy(data, dir.resolve("corpora").resolve(f)); // the corpus checks come first
        }
        Result r = switch (script) {
            case "bench-pos-load" -> run(script, "1", "model.zip");
            case "bench-pos-seeds" -> run(script, "1");
            case "bench-pos-train" -> run(script, "1");
            default -> run(script, data.toString(), "model.zip");
        };
        assertEquals(4, r.code(), r.err());
        assertEquals(script + ": " + dir.resolve("no-such.jar") + " not found: build it first (mvn -Dquick -DskipTests package)\n",
                r.err());
        try (var files = Files.list(dir)) {
            assertEquals(List.of("corpora", "data.conllu", "err.txt", "out.txt"), files.map(f -> f.getFileName().toString()).sorted().toList(),
                    "temporary files left behind");
        }
    }

    @Test
    void benchPosSeedsWithoutArgumentsPrintsItsUsageLine() throws Exception {
        // ${1:?...} printed "scripts/bench-pos-seeds: line 17: 1: usage: ..."
        Result r = run("bench-pos-seeds");
        assertEquals(1, r.code(), r.err());
        assertEquals("usage: scripts/bench-pos-seeds \"SEEDS\" [extra train args]\n", r.err());
    }
}
