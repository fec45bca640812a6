package org.tagrank.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tagrank.task.classify.SyntheticDocs;
import org.tagrank.testutil.Pipes;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * {@code train --task classify --data PIPE}: the data's checksum was taken by opening the file a second time after
 * training, which on a named pipe waits for a second writer for ever (no model was written) and on {@code /dev/stdin}
 * or bash's {@code <(cmd)} read nothing, so the manifest gave the SHA-256 of no bytes. The sum is now of the bytes read.
 */
class ClassifyTrainFromPipeTest {
    @TempDir
    Path dir;

    @Test
    void trainingFromNamedPipesWritesTheModelWithTheSumsOfTheBytesRead() throws Exception {
        Path file = dir.resolve("docs.tsv");
        SyntheticDocs.write(SyntheticDocs.make(10, 1), file);
        byte[] train = Files.readAllBytes(file);
        SyntheticDocs.write(SyntheticDocs.make(3, 2), file);
        byte[] dev = Files.readAllBytes(file);
        Path trainPipe = Pipes.fifo(dir, "train-pipe");
        Path devPipe = Pipes.fifo(dir, "dev-pipe");
        Path out = dir.resolve("m.lin.zip");
        CompletableFuture<Void> fedTrain = Pipes.feed(trainPipe, train);
        CompletableFuture<Void> fedDev = Pipes.feed(devPipe, dev);
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        CompletableFuture<Integer> run = CompletableFuture.supplyAsync(() -> Main.run(new String[]{"train", "--task",
                "classify", "--data", trainPipe.toString(), "--dev", devPipe.toString(), "--epochs", "2", "--quiet",
                "--out", out.toString()}, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)));
        int code;
        try {
            code = run.get(120, TimeUnit.SECONDS); // a guard against hanging, not a speed check
        } catch (TimeoutException e) {
            Pipes.feed(trainPipe, new byte[0]); // let a second open of the pipes return, so the run ends
            Pipes.feed(devPipe, new byte[0]);
            fail("train did not finish: it waits for a second writer on a pipe it has read");
            return;
        }
        fedTrain.get(60, TimeUnit.SECONDS);
        fedDev.get(60, TimeUnit.SECONDS);
        assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
        String info = ClassifyCommandTest.run("info", "--model", out.toString()).out();
        assertTrue(info.contains("\ntrain.data.sha256=" + sha256(train) + "\n"), info);
        assertTrue(info.contains("\ndev.data.sha256=" + sha256(dev) + "\n"), info);
    }

    static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
