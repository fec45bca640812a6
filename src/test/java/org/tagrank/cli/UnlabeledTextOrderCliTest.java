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
 * train --task pos reads its unlabeled text on a thread of its own while it reads the training data and word resources:
 * which error is reported, and the model, stay what they were when it read them one after the other.
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
    void aMissingClusterFileIsReportedWhileTheTextIsRead() throws IOException {
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

    /**
     * A failed training stops its unlabeled-text reading before it returns: the reading thread and its tokenizing pool
     * went on in the background (a caller of Main.run in-process, a test, found them still tokenizing its text).
     */
    @Test
    void aFailedTrainingLeavesNoReadingOrTokenizingThread() throws IOException {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 20_000; i++) { // seconds of tokenizing: still going when the clusters file is found missing
            text.append("The ").append(i).append(" cats sat on the mat, and Dr. Smith's dog (a terrier) barked.\n");
        }
        Path raw = Files.writeString(dir.resolve("big.txt"), text, StandardCharsets.UTF_8);
        java.util.Set<Thread> before = Thread.getAllStackTraces().keySet(); // another test's are not this run's
        CliTest.Run r = CliTest.run("train", "--task", "pos", "--data", CliTest.TRAIN, "--param", "unlabeled=" + raw,
                "--param", "clusters=" + dir.resolve("no-clusters.tsv"), "--out", dir.resolve("m.lin.zip").toString());
        assertFalse(r.code() == 0, r.err());
        assertTrue(r.err().strip().lines().reduce((x, y) -> y).orElse("").contains("no-clusters.tsv"), r.err());
        java.util.List<String> running = Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive)
                .filter(t -> !before.contains(t)).map(Thread::getName).filter(n -> n.equals("tagrank-unlabeled-text") || n.equals("tagrank-tokenize")).toList();
        assertEquals(java.util.List.of(), running);
    }

    /** A pipe's blocked read cannot be interrupted: the failed training is not kept waiting for it. */
    @Test
    void aFailedTrainingIsNotKeptWaitingByAPipeThatSendsNothing() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(new java.io.File("/usr/bin/mkfifo").canExecute());
        Path fifo = dir.resolve("text.fifo");
        assertEquals(0, new ProcessBuilder("/usr/bin/mkfifo", fifo.toString()).start().waitFor());
        java.util.Set<Thread> before = Thread.getAllStackTraces().keySet();
        try {
            CliTest.Run r = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(60),
                    () -> CliTest.run("train", "--task", "pos", "--data", CliTest.TRAIN, "--param", "unlabeled=" + fifo,
                            "--param", "clusters=" + dir.resolve("no-clusters.tsv"), "--out", dir.resolve("m.lin.zip").toString()));
            assertTrue(r.err().strip().lines().reduce((x, y) -> y).orElse("").contains("no-clusters.tsv"), r.err());
        } finally {
            try (var w = new java.io.FileOutputStream(fifo.toFile())) { // the reader waiting to open it reads its end
                w.flush();
            }
            for (Thread t : Thread.getAllStackTraces().keySet()) { // then ends: gone before the next test looks
                if (!before.contains(t) && t.getName().equals("tagrank-unlabeled-text")) {
                    t.join();
                }
            }
        }
    }
}
