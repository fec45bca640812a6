package org.tagrank.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tagrank.task.classify.SyntheticDocs;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code train} / {@code eval --data -} said "no such file: -", where {@code -} is stdin among every other command's
 * inputs. The tasks that read their data once, as a stream (pos, classify, rank), read it from stdin now; mctest and
 * link need a file beside the data (X.ans, X.conll.tsv), which stdin has not: a one-line usage error says so.
 */
class DataFromStdinCliTest {
    @TempDir
    Path dir;

    private static RankCliTest.Run withStdin(Path stdin, String... args) throws Exception {
        InputStream saved = System.in;
        System.setIn(new ByteArrayInputStream(stdin == null ? new byte[0] : Files.readAllBytes(stdin)));
        try {
            return RankCliTest.run(args);
        } finally {
            System.setIn(saved);
        }
    }

    /** Trains and evaluates from stdin and from the file: the same evaluation. */
    private void sameFromStdin(String task, Path data, String... trainArgs) throws Exception {
        String model = dir.resolve(task + ".lin.zip").toString();
        String[] train = new String[trainArgs.length + 8];
        System.arraycopy(new String[]{"train", "--task", task, "--data", "-", "--quiet", "--out", model}, 0, train, 0, 8);
        System.arraycopy(trainArgs, 0, train, 8, trainArgs.length);
        RankCliTest.Run t = withStdin(data, train);
        assertEquals("", t.err(), task); // was "tagrank: no such file: -"
        assertEquals(0, t.code(), task);
        RankCliTest.Run fromStdin = withStdin(data, "eval", "--task", task, "--model", model, "--data", "-", "--json");
        assertEquals(0, fromStdin.code(), task + ": " + fromStdin.err());
        RankCliTest.Run fromFile = RankCliTest.run("eval", "--task", task, "--model", model, "--data", data.toString(),
                "--json");
        assertEquals(0, fromFile.code(), fromFile.err());
        assertEquals(fromFile.out(), fromStdin.out(), task);
    }

    @Test
    void posClassifyAndRankReadTheirDataFromStdin() throws Exception {
        sameFromStdin("pos", Path.of(CliTest.TRAIN), "--epochs", "2");
        Path docs = dir.resolve("docs.tsv");
        SyntheticDocs.write(SyntheticDocs.make(20, 1), docs);
        sameFromStdin("classify", docs, "--epochs", "2");
        sameFromStdin("rank", Path.of(RankCliTest.resource("tiny-rank.tsv")), "--learner", "lr");
    }

    @Test
    void stdinMalformedDataNamesStdin() throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.tsv"), "q1\ta\tyes\tmatch=1\n");
        RankCliTest.Run r = withStdin(bad, "train", "--task", "rank", "--data", "-", "--quiet", "--out",
                dir.resolve("m.lin.zip").toString());
        assertEquals(ExitCodes.BAD_DATA, r.code(), r.err());
        assertEquals("tagrank: <stdin>:1: gold must be 1, 0 or ?, got 'yes'\n", r.err());
    }

    @Test
    void tasksWithACompanionFileAndStdinTwiceAreUsageErrors() throws Exception {
        for (String task : new String[]{"mctest", "link"}) {
            for (String command : new String[]{"train", "eval"}) {
                RankCliTest.Run r = command.equals("train")
                        ? withStdin(null, "train", "--task", task, "--data", "-", "--out", dir.resolve("m.zip").toString())
                        : withStdin(null, "eval", "--task", task, "--data", "-");
                assertEquals(ExitCodes.USAGE, r.code(), task + " " + command + ": " + r.err());
                assertTrue(r.err().startsWith("tagrank: --data -: task " + task + " reads "), r.err());
                assertEquals(1, r.err().lines().count(), r.err());
            }
        }
        RankCliTest.Run twice = withStdin(Path.of(CliTest.TRAIN), "train", "--task", "pos", "--data", "-", "--dev", "-",
                "--out", dir.resolve("m.zip").toString());
        assertEquals(ExitCodes.USAGE, twice.code(), twice.err());
        assertEquals("tagrank: --data and --dev cannot both be standard input (-)\n", twice.err());
    }

    @Test
    void compareAndBenchRefuseStdinWithAUsageError() throws Exception {
        String data = Path.of(CliTest.TRAIN).toString();
        RankCliTest.Run compare = withStdin(null, "compare", "--task", "pos", "--data", "-", "--test", data);
        assertEquals(1, compare.code(), compare.err()); // was 2, "no such file: -"
        assertTrue(compare.err().contains("compare --data -: compare reads its data from files"), compare.err());
        RankCliTest.Run test = withStdin(null, "compare", "--task", "pos", "--data", data, "--test", "-");
        assertEquals(1, test.code(), test.err());
        assertTrue(test.err().contains("compare --test -"), test.err());
        RankCliTest.Run bench = withStdin(null, "bench", "--task", "pos", "--data", "-");
        assertEquals(1, bench.code(), bench.err());
        assertTrue(bench.err().contains("bench --data -: bench reads its data from files"), bench.err());
    }

    @Test
    void unlabeledTextFromStdinIsAUsageError() throws Exception {
        RankCliTest.Run r = withStdin(null, "train", "--task", "pos", "--data", CliTest.TRAIN, "--param", "unlabeled=-",
                "--quiet", "--out", dir.resolve("u.lin.zip").toString());
        assertEquals(1, r.code(), r.err()); // was 2, "no such file: -"
        assertTrue(r.err().contains("--param unlabeled=-: the unlabeled text is read from a file"), r.err());
    }
}
