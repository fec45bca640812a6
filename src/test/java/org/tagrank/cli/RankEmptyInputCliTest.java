package org.tagrank.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * {@code rank} on input with nothing to rank exited 2 ("no ranking examples in the input", "no stories") where
 * {@code tag} and {@code classify} give empty output and exit 0: the same now. Training still refuses such data.
 */
class RankEmptyInputCliTest {
    @TempDir
    Path dir;

    private static RankCliTest.Run withStdin(String stdin, String... args) {
        InputStream saved = System.in;
        System.setIn(new ByteArrayInputStream(stdin.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        try {
            return RankCliTest.run(args);
        } finally {
            System.setIn(saved);
        }
    }

    @Test
    void nothingToRankIsEmptyOutputAndExit0() throws Exception {
        String model = dir.resolve("r.lin.zip").toString();
        RankCliTest.Run t = RankCliTest.run("train", "--task", "rank", "--data", RankCliTest.resource("tiny-rank.tsv"),
                "--learner", "lr", "--quiet", "--out", model);
        assertEquals(0, t.code(), t.err());
        Path empty = Files.writeString(dir.resolve("empty.tsv"), "");
        Path comments = Files.writeString(dir.resolve("comments.tsv"), "# nothing yet\n\n");
        for (String[] args : new String[][]{{"rank", "--quiet", "--model", model},
                {"rank", "--quiet", "--model", model, empty.toString()},
                {"rank", "--quiet", "--model", model, comments.toString()},
                {"rank", "--quiet", "--task", "mctest"},
                {"rank", "--quiet", "--task", "mctest", empty.toString()},
                {"rank", "--quiet", "--task", "link", empty.toString()}, // these two said "no mentions", exit 2
                {"link", "rank", "--quiet", empty.toString()}}) {
            RankCliTest.Run r = withStdin("", args);
            assertEquals("", r.err(), String.join(" ", args)); // was "<stdin>:1: no ranking examples in the input"
            assertEquals(0, r.code(), String.join(" ", args)); // was 2
            assertEquals("", r.out(), String.join(" ", args));
        }
    }

    @Test
    void trainingAndEvaluationStillNeedExamples() throws Exception {
        Path empty = Files.writeString(dir.resolve("empty.tsv"), "");
        RankCliTest.Run t = RankCliTest.run("train", "--task", "rank", "--data", empty.toString(), "--quiet",
                "--out", dir.resolve("m.lin.zip").toString());
        assertEquals(ExitCodes.BAD_DATA, t.code(), t.err());
        assertEquals("tagrank: " + empty + ":1: no ranking examples in the input\n", t.err());
        Files.writeString(dir.resolve("empty.ans"), "");
        RankCliTest.Run e = RankCliTest.run("eval", "--task", "mctest", "--data", empty.toString(), "--quiet");
        assertEquals(ExitCodes.BAD_DATA, e.code(), e.err());
    }
}
