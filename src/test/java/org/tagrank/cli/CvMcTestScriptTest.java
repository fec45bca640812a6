package org.tagrank.cli;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * scripts/cv-mctest and cv-mctest-embed take no arguments: one given is a usage error, not silently ignored.
 * cv-mctest-dep and cv-mctest-coref check their options before any work.
 */
class CvMcTestScriptTest {
    @TempDir
    Path dir;

    @Test
    void anArgumentIsAUsageErrorBeforeAnyWork() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/bin/bash")), "no bash here");
        Path calls = dir.resolve("calls.txt");
        Path stubs = org.tagrank.testutil.ToolStubs.failing(dir, calls, "mvn", "java");
        // 'cv-mctest svm' ran all six settings on the real corpora, the argument unused
        ProcessBuilder pb = new ProcessBuilder(Path.of("scripts/cv-mctest").toAbsolutePath().toString(), "svm")
                .directory(dir.toFile()).redirectOutput(dir.resolve("out.txt").toFile()).redirectError(dir.resolve("err.txt").toFile());
        pb.environment().put("PATH", stubs + ":" + System.getenv("PATH"));
        pb.environment().put("TMPDIR", dir.toString());
        Process p = pb.start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        String err = Files.readString(dir.resolve("err.txt"));
        assertEquals(1, p.exitValue(), err);
        assertEquals("cv-mctest: takes no arguments, got 'svm' (the settings are in the script)\n", err);
        assertTrue(Files.notExists(calls), "java or mvn ran");
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            // a misspelt option was read as an MCTest file: a NoSuchFileException trace after the build
            "cv-mctest-dep; --graph enhanced; cv-mctest-dep: unknown argument '--graph' (expected --graph=enhanced, --only=SCORE,..., --shuffle=SEED)",
            "cv-mctest-dep; --shuffle=x; cv-mctest-dep: unknown argument '--shuffle=x' (expected --graph=enhanced, --only=SCORE,..., --shuffle=SEED)",
            // an unknown algorithm failed inside CoreNLP's pipeline construction (an enum's stack trace) after loading ner
            "cv-mctest-coref; --algorithm=neurel; cv-mctest-coref: unknown argument '--algorithm=neurel' (expected "
                    + "--algorithm=fastneural|statistical|neural, --modes=pron,all,pron+, --shuffle=SEED)",
            "cv-mctest-coref; --modes=pron,every; cv-mctest-coref: unknown argument '--modes=pron,every' (expected "
                    + "--algorithm=fastneural|statistical|neural, --modes=pron,all,pron+, --shuffle=SEED)",
            // its arguments were ignored: the full run (encoder fetch, ten CVs) went on without the vectors asked for
            "cv-mctest-embed; --vectors=v.tsv; cv-mctest-embed: takes no arguments, got '--vectors=v.tsv' (word vectors: VECTORS=FILE)"})
    void aBadOptionIsAUsageErrorBeforeAnyWork(String script, String args, String message) throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/bin/bash")), "no bash here");
        Path calls = dir.resolve("calls.txt");
        Path stubs = org.tagrank.testutil.ToolStubs.failing(dir, calls, "mvn", "java");
        java.util.List<String> command = new java.util.ArrayList<>(java.util.List.of(
                Path.of("scripts", script).toAbsolutePath().toString()));
        command.addAll(java.util.List.of(args.split(" ")));
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile())
                .redirectOutput(dir.resolve("out.txt").toFile()).redirectError(dir.resolve("err.txt").toFile());
        pb.environment().put("PATH", stubs + ":" + System.getenv("PATH"));
        pb.environment().put("TMPDIR", dir.toString());
        pb.environment().put("TAGRANK_CORPORA", dir.resolve("no-corpora").toString());
        Process p = pb.start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        String err = Files.readString(dir.resolve("err.txt"));
        assertEquals(1, p.exitValue(), err);
        assertEquals(message + "\n", err);
        assertTrue(Files.notExists(calls), "java or mvn ran");
    }
}
