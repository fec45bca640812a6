package org.tagrank.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tagrank.testutil.Fixtures;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An MCTest model's train.data.sha256 covered the story files only, not the .ans answer keys that hold the gold
 * answers it learnt from, and its dev data had a name but no checksum: a changed answer key gave the same provenance.
 */
class McTestProvenanceCliTest {
    @TempDir
    Path dir;

    private String manifest(Path tsv, Path devTsv, String out) {
        CliTest.Run r = CliTest.run("train", "--task", "mctest", "--data", tsv.toString(), "--dev", devTsv.toString(),
                "--learner", "perceptron", "--epochs", "2", "--quiet", "--out", dir.resolve(out).toString());
        assertEquals(ExitCodes.OK, r.code(), r.err());
        CliTest.Run info = CliTest.run("info", "--model", dir.resolve(out).toString());
        assertEquals(ExitCodes.OK, info.code(), info.err());
        return info.out();
    }

    private static String value(String manifest, String key) {
        for (String line : manifest.split("\n")) {
            if (line.startsWith(key + "=")) {
                return line.substring(key.length() + 1);
            }
        }
        return null;
    }

    @Test
    void answerKeysAndDevDataAreCheckedSums() throws Exception {
        Path tsv = Fixtures.resource("org/tagrank/task/rank/tiny-mctest.tsv");
        Path train = Files.copy(tsv, dir.resolve("a.tsv"));
        Path trainAns = Files.copy(McTestReaderSibling.ans(tsv), dir.resolve("a.ans"));
        Path dev = Files.copy(tsv, dir.resolve("d.tsv"));
        Files.copy(McTestReaderSibling.ans(tsv), dir.resolve("d.ans"));
        String before = manifest(train, dev, "m1.lin.zip");
        for (String key : new String[]{"train.answers.sha256", "dev.data", "dev.data.sha256", "dev.answers.sha256"}) {
            assertTrue(value(before, key) != null, key + " missing in:\n" + before);
        }
        assertEquals("d.tsv", value(before, "dev.data"));
        // the same stories with another answer key: another model, and the manifest says so
        String ans = Files.readString(trainAns);
        Files.writeString(dir.resolve("b.ans"), ans.replaceFirst("[ABCD]", ans.charAt(0) == 'A' ? "B" : "A"));
        Files.copy(train, dir.resolve("b.tsv"), StandardCopyOption.REPLACE_EXISTING);
        String after = manifest(dir.resolve("b.tsv"), dev, "m2.lin.zip");
        assertEquals(value(before, "train.data.sha256"), value(after, "train.data.sha256"));
        assertNotEquals(value(before, "train.answers.sha256"), value(after, "train.answers.sha256"));
    }

    /** The fixture's answer key, as the reader finds it. */
    private static final class McTestReaderSibling {
        static Path ans(Path tsv) {
            return org.tagrank.task.rank.McTestReader.answerFile(tsv);
        }
    }
}
