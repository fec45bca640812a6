package org.tagrank.cli;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** scripts/bench-corenlp-server with a stand-in java that fails at once (the server never comes up). */
class BenchCoreNlpServerScriptTest {
    @TempDir
    Path dir;

    record Result(int code, String err, List<String> tmp) {
    }

    private Result run(String... args) throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/bin/bash")), "no bash here");
        Path stubs = Files.createDirectories(dir.resolve("stubs"));
        for (String tool : List.of("mvn", "java")) {
            Files.writeString(stubs.resolve(tool), "#!/bin/sh\necho \"" + tool + " stand-in\" >&2\nexit 1\n");
            assertTrue(stubs.resolve(tool).toFile().setExecutable(true));
        }
        Path ewt = Files.createDirectories(dir.resolve("corpora/ud-english-ewt"));
        Files.writeString(ewt.resolve("en_ewt-ud-dev.conllu"), "# text = Made up .\n1\tMade\n\n");
        Path tmp = Files.createDirectories(dir.resolve("tmp"));
        List<String> command = new ArrayList<>(List.of(Path.of("scripts/bench-corenlp-server").toAbsolutePath().toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile())
                .redirectOutput(dir.resolve("out.txt").toFile()).redirectError(dir.resolve("err.txt").toFile());
        pb.environment().put("PATH", stubs + ":" + System.getenv("PATH"));
        pb.environment().put("TAGRANK_CORPORA", dir.resolve("corpora").toString());
        pb.environment().put("TAGRANK_SERVER_CP", "unused.jar");
        pb.environment().put("TMPDIR", tmp.toString());
        Process p = pb.start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "still running");
        try (var left = Files.list(tmp)) {
            return new Result(p.exitValue(), Files.readString(dir.resolve("err.txt")),
                    left.map(f -> f.getFileName().toString()).toList());
        }
    }

    @Test
    void aServerThatDoesNotStartLeavesNoWorkDirectory() throws Exception {
        // the EXIT trap's '[[ -n $server_pid ]] && kill $server_pid' failed on the dead server and, under set -e,
        // ended the trap before 'rm -rf $work': the EWT dev text it had extracted stayed in $TMPDIR
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/python3")), "no python3");
        Result r = run("10", "1");
        assertEquals(1, r.code(), r.err());
        assertEquals(List.of(), r.tmp(), r.err());
    }

    @Test
    void requestsAndClientsMustBeCountsBeforeTheServerStarts() throws Exception {
        // 'a' went to the server run and failed in BenchCoreNlpServer.java (NumberFormatException) after its start
        Result r = run("a");
        assertEquals(1, r.code(), r.err());
        assertEquals("bench-corenlp-server: REQUESTS and CLIENTS must be positive integers "
                + "(usage: scripts/bench-corenlp-server [REQUESTS] [CLIENTS])\n", r.err());
        r = run("10", "0");
        assertEquals(1, r.code(), r.err());
        r = run("10", "2", "extra");
        assertEquals(1, r.code(), r.err());
        assertTrue(r.err().startsWith("bench-corenlp-server: "), r.err());
    }
}
