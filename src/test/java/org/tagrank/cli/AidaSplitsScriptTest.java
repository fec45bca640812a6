package org.tagrank.cli;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** scripts/aida-splits checks its arguments and inputs before writing anything (fixtures made up here). */
class AidaSplitsScriptTest {
    @TempDir
    Path dir;

    record Result(int code, String err) {
    }

    private Result run(String... args) throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/bin/bash")), "no bash here");
        List<String> command = new ArrayList<>(List.of(Path.of("scripts/aida-splits").toAbsolutePath().toString()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectOutput(dir.resolve("out.txt").toFile())
                .redirectError(dir.resolve("err.txt").toFile()).start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        return new Result(p.exitValue(), Files.readString(dir.resolve("err.txt")));
    }

    private Path aida() throws Exception {
        Path aida = Files.createDirectories(dir.resolve("aida"));
        Files.writeString(aida.resolve("aida-train.mentions.tsv"), "1\tx\n757\ty\n");
        Files.writeString(aida.resolve("aida-train.conll.tsv"), "-DOCSTART- (1 ONE)\nA\n-DOCSTART- (757 TWO)\nB\n");
        return aida;
    }

    private List<String> files(Path d) throws Exception {
        try (var s = Files.list(d)) {
            return s.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void splitsTheFixture() throws Exception {
        Path out = Files.createDirectories(dir.resolve("out"));
        Result r = run(aida().toString(), out.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("1\tx\n", Files.readString(out.resolve("tr80.mentions.tsv")));
        assertEquals("-DOCSTART- (757 TWO)\nB\n", Files.readString(out.resolve("ho20.conll.tsv")));
    }

    @Test
    void anUnknownThirdArgumentIsAUsageError() throws Exception {
        // '--bases' was ignored: no nobase/base splits, and tune-link-like callers failed later on a missing file
        Path out = Files.createDirectories(dir.resolve("out"));
        Result r = run(aida().toString(), out.toString(), "--bases");
        assertEquals(1, r.code(), r.err());
        assertEquals("aida-splits: unknown option '--bases' (usage: scripts/aida-splits AIDA_DIR DIR [--base])\n", r.err());
        assertEquals(List.of(), files(out));
    }

    @Test
    void aMissingAidaFileIsNamedAndNothingIsWritten() throws Exception {
        // awk's 'cannot open file' came after the shell had created an empty tr80.mentions.tsv
        Path out = Files.createDirectories(dir.resolve("out"));
        Path aida = aida();
        Files.delete(aida.resolve("aida-train.conll.tsv"));
        Result r = run(aida.toString(), out.toString());
        assertEquals(1, r.code(), r.err());
        assertEquals("aida-splits: " + aida.resolve("aida-train.conll.tsv") + " not found\n", r.err());
        assertEquals(List.of(), files(out));
    }

    @Test
    void aMissingOutputDirectoryIsOneLine() throws Exception {
        Result r = run(aida().toString(), dir.resolve("no-such-dir").toString());
        assertEquals(1, r.code(), r.err());
        assertEquals("aida-splits: " + dir.resolve("no-such-dir") + " is not a directory\n", r.err());
    }

    @Test
    void refusesToWriteIntoTheCorpusDirectory() throws Exception {
        Path aida = aida();
        Result r = run(aida.toString(), dir.resolve("aida/.").toString());
        assertEquals(1, r.code(), r.err());
        assertEquals("aida-splits: DIR is AIDA_DIR: the splits go to a directory of their own\n", r.err());
        assertEquals(List.of("aida-train.conll.tsv", "aida-train.mentions.tsv"), files(aida));
    }
}
