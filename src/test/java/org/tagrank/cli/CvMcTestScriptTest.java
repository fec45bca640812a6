package org.tagrank.cli;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** scripts/cv-mctest takes no arguments: one given is a usage error, not silently ignored. */
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
}
