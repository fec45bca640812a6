package org.tagrank.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tagrank.testutil.Fixtures;
import org.tagrank.testutil.Pipes;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Training the other tasks from pipes (classify: {@link ClassifyTrainFromPipeTest}). POS summed its data by opening it a
 * second time: a named pipe then waited for a second writer for ever, and bash's {@code <(cmd)} gave the SHA-256 of no
 * bytes. POS now sums the bytes it reads; the ranking tasks, whose readers take their files more than once, record no
 * sum for a pipe instead of waiting or recording a wrong one.
 */
class TrainFromPipeTest {
    @TempDir
    Path dir;

    private int train(String... args) throws Exception {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        CompletableFuture<Integer> run = CompletableFuture.supplyAsync(() -> Main.run(args,
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)));
        try {
            int code = run.get(120, TimeUnit.SECONDS); // a guard against hanging, not a speed check
            assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
            return code;
        } catch (TimeoutException e) {
            fail("train did not finish: it waits for a second writer on a pipe it has read");
            return -1;
        }
    }

    private String manifest(Path model) {
        return ClassifyCommandTest.run("info", "--model", model.toString()).out();
    }

    @Test
    void posSumsTheBytesItReadFromPipes() throws Exception {
        byte[] train = Files.readAllBytes(Path.of(CliTest.TRAIN));
        byte[] dev = Files.readAllBytes(Path.of(CliTest.DEV));
        Path trainPipe = Pipes.fifo(dir, "train-pipe");
        Path devPipe = Pipes.fifo(dir, "dev-pipe");
        CompletableFuture<Void> fedTrain = Pipes.feed(trainPipe, train);
        CompletableFuture<Void> fedDev = Pipes.feed(devPipe, dev);
        Path out = dir.resolve("pos.lin.zip");
        try {
            train("train", "--task", "pos", "--data", trainPipe.toString(), "--dev", devPipe.toString(), "--learner",
                    "perceptron", "--epochs", "2", "--quiet", "--out", out.toString());
        } finally {
            Pipes.feed(trainPipe, new byte[0]); // let a second open return, so a hung run ends
            Pipes.feed(devPipe, new byte[0]);
        }
        fedTrain.get(60, TimeUnit.SECONDS);
        fedDev.get(60, TimeUnit.SECONDS);
        String info = manifest(out);
        assertTrue(info.contains("\ntrain.data.sha256=" + ClassifyTrainFromPipeTest.sha256(train) + "\n"), info);
        assertTrue(info.contains("\ndev.data.sha256=" + ClassifyTrainFromPipeTest.sha256(dev) + "\n"), info);
    }

    @Test
    void rankRecordsNoSumForAPipe() throws Exception {
        byte[] data = Files.readAllBytes(Fixtures.resource("org/tagrank/task/rank/tiny-rank.tsv"));
        Path pipe = Pipes.fifo(dir, "rank-pipe");
        CompletableFuture<Void> fed = Pipes.feed(pipe, data);
        Path out = dir.resolve("rank.lin.zip");
        try {
            train("train", "--task", "rank", "--data", pipe.toString(), "--learner", "perceptron", "--quiet", "--out",
                    out.toString());
        } finally {
            Pipes.feed(pipe, new byte[0]);
        }
        fed.get(60, TimeUnit.SECONDS);
        String info = manifest(out);
        assertFalse(info.contains("train.data.sha256="), info);
        assertTrue(info.contains("\ntrain.data=rank-pipe\n"), info);
    }
}
