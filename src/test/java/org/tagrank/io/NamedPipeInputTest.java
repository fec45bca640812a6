package org.tagrank.io;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tagrank.testutil.Pipes;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A named pipe (mkfifo, bash's {@code <(cmd)} as {@code /dev/fd/N}) given as a model or lexicon location is read as
 * a file: it was "not found as a file or classpath resource", and a model read from one failed with 'Illegal seek'.
 */
class NamedPipeInputTest {
    @TempDir
    Path dir;

    @Test
    void aModelAndAWholeTextComeThroughAPipe() throws Exception {
        Path model = Pipes.fifo(dir, "model");
        CompletableFuture<Void> fed = Pipes.feed(model, Files.readAllBytes(Path.of("models/en-ewt-pos-ap-fast-1.lin.zip")));
        ModelBundle b = ModelIO.read(model.toString(), "pos");
        fed.get(60, TimeUnit.SECONDS);
        assertEquals("pos", b.task());
        assertEquals("file " + model, ResourceLocator.describe(model.toString()));

        Path text = Pipes.fifo(dir, "text");
        CompletableFuture<Void> fedText = Pipes.feed(text, "duck\tVB\n".getBytes(StandardCharsets.UTF_8));
        ResourceLocator.Located l = ResourceLocator.open(text.toString());
        assertEquals("file " + text, l.description());
        assertEquals("duck\tVB\n", Readers.readString(l.stream(), text.toString()));
        fedText.get(60, TimeUnit.SECONDS);
    }
}
