package org.tagrank.cli;

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

/** The single-file programs under scripts/ print numbers with '.' whatever the JVM's default locale. */
class ScriptProgramsLocaleTest {
    @TempDir
    Path dir;

    private String runGerman(String program, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Duser.language=de", "-Duser.country=DE", "-cp", System.getProperty("java.class.path"),
                Path.of("scripts", program).toAbsolutePath().toString()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectError(dir.resolve("err.txt").toFile())
                .redirectOutput(dir.resolve("out.txt").toFile()).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), program + " still running");
        assertEquals(0, p.exitValue(), Files.readString(dir.resolve("err.txt")));
        return Files.readString(dir.resolve("out.txt"), StandardCharsets.UTF_8);
    }

    @Test
    void linkLoadTimesUseADecimalPoint() throws Exception {
        Path vectors = Files.writeString(dir.resolve("v.tsv"), "a\t0.5 1\nb\t1 2\n");
        String out = runGerman("LinkLoad.java", "--vectors", vectors.toString());
        assertEquals(5, out.lines().count(), out);
        assertTrue(out.lines().allMatch(l -> l.matches("read \\d+\\.\\d{3} s parse \\d+\\.\\d{3} s \\(2 rows\\)")), out);
    }

    @Test
    void posEasyFirstAccuracyAndTimeUseADecimalPoint() throws Exception {
        String sentence = "1\tCats\tcat\tNOUN\tNNS\t_\t2\tnsubj\t_\t_\n2\tsleep\tsleep\tVERB\tVBP\t_\t0\troot\t_\t_\n\n";
        Files.writeString(dir.resolve("en_ewt-ud-train.conllu"), sentence + sentence);
        Files.writeString(dir.resolve("en_ewt-ud-dev.conllu"), sentence);
        String out = runGerman("PosEasyFirst.java", dir.toString(), "l2r", "1");
        assertTrue(out.lines().anyMatch(l -> l.matches("l2r epoch 1 updates \\d+ dev \\d+\\.\\d{2}% \\(2/2\\) \\d+\\.\\ds feats \\d+")), out);
    }
}
