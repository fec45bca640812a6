package org.tagrank.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.channels.Channels;
import java.nio.channels.Pipe;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code tagrank tag ... | head -1}: the reader of stdout went away because it wanted no more. That ended with
 * "could not write standard output ... reader closed it" and exit 4; now quietly, with the status 141 a shell reports
 * for a tool SIGPIPE ended ({@code cat big | head -1}). A full disk is still an error.
 */
class StdoutReaderClosedCliTest {
    @TempDir
    static Path dir;

    /** A real OS pipe whose reading end is closed: its writes fail as they do under {@code | head -1}. */
    private static OutputStream closedPipe() throws IOException {
        Pipe pipe = Pipe.open();
        pipe.source().close();
        return Channels.newOutputStream(pipe.sink());
    }

    private record Result(int code, String err) {
    }

    private static Result run(OutputStream stdout, byte[] stdin, String... args) {
        InputStream saved = System.in;
        System.setIn(new ByteArrayInputStream(stdin));
        try {
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int code = Main.run(args, new Stdout(stdout), new PrintStream(err, true, StandardCharsets.UTF_8));
            return new Result(code, err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setIn(saved);
        }
    }

    private static byte[] sentences(int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append("The dog barks at the cat number ").append(i).append(" .\n");
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aClosedPipeEndsTagAndClassifyQuietlyWith141() throws IOException {
        for (String threads : new String[]{"1", "2"}) {
            Result r = run(closedPipe(), sentences(20_000), "tag", "--quiet", "--input-format", "tokens",
                    "--threads", threads);
            assertEquals("", r.err()); // was the "could not write standard output" line
            assertEquals(ExitCodes.STDOUT_READER_CLOSED, r.code()); // was 4
        }
        Result c = run(closedPipe(), sentences(2_000), "classify", "--quiet");
        assertEquals("", c.err());
        assertEquals(ExitCodes.STDOUT_READER_CLOSED, c.code());
        assertEquals(141, ExitCodes.STDOUT_READER_CLOSED);
    }

    @Test
    void aClosedPipeEndsRankAndTheOtherCommandsQuietly() throws IOException {
        String model = dir.resolve("r.lin.zip").toString();
        assertEquals(0, Main.run(new String[]{"train", "--task", "rank", "--data", RankCliTest.resource("tiny-rank.tsv"),
                "--learner", "lr", "--quiet", "--out", model}, new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(new ByteArrayOutputStream())));
        Path in = dir.resolve("in.tsv");
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 3_000; i++) {
            sb.append("e").append(i).append("\ta\t1\tmatch=2 len=1\ne").append(i).append("\tb\t0\tmatch=0.5 len=3\n");
        }
        Files.writeString(in, sb);
        Result r = run(closedPipe(), new byte[0], "rank", "--quiet", "--model", model, in.toString());
        assertEquals("", r.err());
        assertEquals(ExitCodes.STDOUT_READER_CLOSED, r.code());
        Result info = run(closedPipe(), new byte[0], "info", "--task", "pos"); // checked at the end of every command
        assertEquals("", info.err());
        assertEquals(ExitCodes.STDOUT_READER_CLOSED, info.code());
    }

    @Test
    void aFullDiskIsStillAnError() {
        OutputStream full = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("No space left on device");
            }
        };
        Result r = run(full, sentences(2_000), "tag", "--quiet", "--input-format", "tokens");
        assertEquals(ExitCodes.FAILURE, r.code());
        assertEquals("tagrank: " + Main.STDOUT_FAILED + "\n", r.err());
        assertTrue(!Main.STDOUT_FAILED.contains("reader"), Main.STDOUT_FAILED);
    }
}
