package org.tagrank.cli;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tagrank.testutil.Fixtures;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Bad input through the command line: one readable line naming file and line, the bad-data exit code. */
class BadInputCliTest {
    @TempDir
    static Path dir;
    static Path rankModel;
    static final Path RANK = Fixtures.resource("org/tagrank/task/rank/tiny-rank.tsv");
    static final byte[] BAD = {(byte) 0xC3, '('};

    record Run(int code, String out, String err) {
    }

    /** Runs a command line with these bytes on stdin. */
    static Run run(byte[] stdin, String... args) {
        InputStream saved = System.in;
        System.setIn(new ByteArrayInputStream(stdin));
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8));
            return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setIn(saved);
        }
    }

    static Run run(String... args) {
        return run(new byte[0], args);
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            b.writeBytes(p);
        }
        return b.toByteArray();
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    static void assertBadData(String expectedError, Run r) {
        assertEquals(ExitCodes.BAD_DATA, r.code(), r.err());
        assertEquals("tagrank: " + expectedError + "\n", r.err());
    }

    @BeforeAll
    static void trainRankModel() {
        rankModel = dir.resolve("rank.lin.zip");
        Run r = run("train", "--task", "rank", "--data", RANK.toString(), "--learner", "lr", "--quiet",
                "--out", rankModel.toString());
        assertEquals(0, r.code(), r.err());
    }

    @Test
    void malformedUtf8IsReportedAtItsFileAndLineFromFilesAndStdin() throws IOException {
        // a bad byte inside a feature name of the third candidate line: never replaced, always located
        byte[] rank = concat(utf8("q1\ta\t1\tmatch=2\nq1\tb\t0\tlen=1\nq1\tc\t0\tm"), BAD, utf8("x=1\n"));
        Path f = dir.resolve("bad-utf8.tsv");
        Files.write(f, rank);
        assertBadData(f + ":3: not valid UTF-8", run("rank", "--model", rankModel.toString(), f.toString()));
        assertBadData(f + ":3: not valid UTF-8", run("train", "--task", "rank", "--data", f.toString(),
                "--out", dir.resolve("never.lin.zip").toString()));
        assertBadData("<stdin>:3: not valid UTF-8", run(rank, "rank", "--model", rankModel.toString()));
        assertBadData("<stdin>:2: not valid UTF-8", run(concat(utf8("a b\nc "), BAD, utf8("\n")),
                "tag", "--input-format", "tokens", "--quiet"));
        assertBadData("<stdin>:1: not valid UTF-8", run(concat(utf8("doc "), BAD), "classify", "--quiet"));
    }
}
