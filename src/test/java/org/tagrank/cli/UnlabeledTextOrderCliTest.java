package org.tagrank.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * train --task pos with unlabeled text: which error is reported when the training data, a word resource or the text is
 * bad, and the same model twice.
 */
class UnlabeledTextOrderCliTest {
    @TempDir
    Path dir;

    private Path unlabeled() throws IOException {
        return Files.writeString(dir.resolve("raw.txt"), "The cat sat on the mat. Dogs bark.\nA dog ran home.\n",
                StandardCharsets.UTF_8);
    }

    @Test
    void aBadTrainingFileIsReportedNotTheUnlabeledTextsMissingFile() throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.conllu"), "1\tThe\tthe\tDET\tDT\n", StandardCharsets.UTF_8);
        CliTest.Run r = CliTest.run("train", "--task", "pos", "--data", bad.toString(), "--param",
                "unlabeled=" + dir.resolve("missing.txt"), "--out", dir.resolve("m.lin.zip").toString());
        assertEquals(2, r.code(), r.err());
        String error = r.err().strip().lines().reduce((x, y) -> y).orElse(""); // after the progress lines
        assertTrue(error.startsWith("tagrank: " + bad + ":1"), r.err());
        assertFalse(error.contains("missing.txt"), r.err());
    }

    @Test
    void aMissingClusterFileIsReported() throws IOException {
        CliTest.Run r = CliTest.run("train", "--task", "pos", "--data", CliTest.TRAIN, "--param", "unlabeled=" + unlabeled(),
                "--param", "clusters=" + dir.resolve("no-clusters.tsv"), "--out", dir.resolve("m.lin.zip").toString());
        assertFalse(r.code() == 0, r.err());
        assertTrue(r.err().strip().lines().reduce((x, y) -> y).orElse("").contains("no-clusters.tsv"), r.err());
        assertFalse(Files.exists(dir.resolve("m.lin.zip")));
    }

    @Test
    void aMissingUnlabeledFileIsStillNamed() {
        CliTest.Run r = CliTest.run("train", "--task", "pos", "--data", CliTest.TRAIN, "--param",
                "unlabeled=" + dir.resolve("missing.txt"), "--out", dir.resolve("m.lin.zip").toString());
        assertFalse(r.code() == 0, r.err());
        assertTrue(r.err().strip().lines().reduce((x, y) -> y).orElse("").contains("missing.txt"), r.err());
    }

    @Test
    void theModelIsTheSameTwice() throws IOException {
        Path text = unlabeled();
        Path a = dir.resolve("a.lin.zip");
        Path b = dir.resolve("b.lin.zip");
        for (Path out : new Path[]{a, b}) {
            CliTest.Run r = CliTest.run("train", "--task", "pos", "--data", CliTest.TRAIN, "--dev", CliTest.DEV, "--epochs", "3",
                    "--param", "unlabeled=" + text, "--out", out.toString(), "--quiet");
            assertEquals(0, r.code(), r.err());
        }
        assertEquals(org.tagrank.io.ModelIO.read(a.toString(), "pos").model().provenance().get("pos.unlabeled.file0.sha256"),
                org.tagrank.io.ModelIO.read(b.toString(), "pos").model().provenance().get("pos.unlabeled.file0.sha256"));
        assertTrue(java.util.Arrays.equals(org.tagrank.io.ModelIO.read(a.toString(), "pos").model().weights(),
                org.tagrank.io.ModelIO.read(b.toString(), "pos").model().weights()));
    }
}
