package org.tagrank.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tagrank.task.classify.SyntheticDocs;
import org.tagrank.testutil.Fixtures;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The design notes' manifest names the Java version a model was made with; only POS models recorded it (and their
 * creation date, with SOURCE_DATE_EPOCH), the rank, MCTest, link and classify models did not.
 */
class BuildProvenanceCliTest {
    @TempDir
    Path dir;

    private void assertJavaVersion(String... trainArgs) {
        String out = dir.resolve("m" + trainArgs[2] + ".lin.zip").toString();
        String[] args = java.util.Arrays.copyOf(trainArgs, trainArgs.length + 3);
        args[trainArgs.length] = "--quiet";
        args[trainArgs.length + 1] = "--out";
        args[trainArgs.length + 2] = out;
        CliTest.Run r = CliTest.run(args);
        assertEquals(ExitCodes.OK, r.code(), r.err());
        String info = CliTest.run("info", "--model", out).out();
        assertTrue(info.contains("\njava.version=" + System.getProperty("java.specification.version") + "\n"),
                trainArgs[2] + ":\n" + info);
    }

    @Test
    void everyTaskRecordsTheJavaVersion() {
        assertJavaVersion("train", "--task", "pos", "--data", CliTest.TRAIN, "--epochs", "1");
        assertJavaVersion("train", "--task", "mctest", "--data",
                Fixtures.resource("org/tagrank/task/rank/tiny-mctest.tsv").toString(), "--learner", "perceptron",
                "--epochs", "1");
        assertJavaVersion("train", "--task", "rank", "--data",
                Fixtures.resource("org/tagrank/task/rank/tiny-rank.tsv").toString(), "--epochs", "1");
        assertJavaVersion("train", "--task", "link", "--data",
                Fixtures.resource("org/tagrank/task/rank/link/tiny-train.mentions.tsv").toString(), "--learner", "lr",
                "--epochs", "1");
    }

    @Test
    void classifyRecordsTheJavaVersion() throws Exception {
        Path docs = dir.resolve("docs.tsv");
        SyntheticDocs.write(SyntheticDocs.make(30, 1), docs);
        assertJavaVersion("train", "--task", "classify", "--data", docs.toString(), "--epochs", "1");
    }
}
