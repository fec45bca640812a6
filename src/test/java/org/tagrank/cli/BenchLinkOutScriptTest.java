package org.tagrank.cli;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * bench-link and bench-link-msnbc take OUT relative to the caller's directory and refuse a directory or extra
 * arguments before any work (stand-ins for mvn and java note whether they ran).
 */
class BenchLinkOutScriptTest {
    @TempDir
    Path dir;

    record Result(int code, String err, boolean called) {
    }

    private Result run(String script, String... args) throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/bin/bash")), "no bash here");
        Path calls = dir.resolve("calls.txt");
        Path stubs = org.tagrank.testutil.ToolStubs.failing(dir, calls, "mvn", "java");
        List<String> command = new ArrayList<>(List.of(Path.of("scripts", script).toAbsolutePath().toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile())
                .redirectOutput(dir.resolve("out.txt").toFile()).redirectError(dir.resolve("err.txt").toFile());
        pb.environment().put("PATH", stubs + ":" + System.getenv("PATH"));
        pb.environment().put("TAGRANK_CORPORA", dir.resolve("no-corpora").toString());
        pb.environment().put("TMPDIR", dir.toString());
        Process p = pb.start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "still running");
        return new Result(p.exitValue(), Files.readString(dir.resolve("err.txt")), Files.exists(calls));
    }

    @ParameterizedTest
    @ValueSource(strings = {"bench-link", "bench-link-msnbc"})
    void aRelativeOutThatIsADirectoryIsNamedFromTheCallersDirectory(String script) throws Exception {
        Files.createDirectories(dir.resolve("reports"));
        Result r = run(script, "reports");
        assertEquals(1, r.code(), r.err());
        assertEquals(script + ": OUT " + dir.resolve("reports") + " is a directory: give the report's file name\n", r.err());
    }

    @ParameterizedTest
    @ValueSource(strings = {"bench-link", "bench-link-msnbc"})
    void moreThanOneArgumentIsAUsageError(String script) throws Exception {
        Result r = run(script, "report.md", "extra");
        assertEquals(1, r.code(), r.err());
        assertEquals(script + ": one OUT file at most (got 2 arguments)\n", r.err());
        assertEquals(false, r.called(), "java or mvn ran");
    }
}
