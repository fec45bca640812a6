package org.tagrank.cli;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code tag --threads N} kept up to 4N batches of up to ~1M characters each read but not yet written: on long
 * sentences the input held, and the output made from it (CoNLL-U with --top-k: ~20 characters per input character),
 * grew with N (15 MB of 5000-token lines ran out of a 400 MB heap at --threads 8; --threads 1 tagged it in 200 MB).
 * What is read ahead of the output is now bounded whatever N is.
 */
class TagInFlightMemoryTest {
    /** Bytes of input the run may have read before its first output: the bound, with room for the readers' buffers. */
    private static final long READ_AHEAD = 4L << 20;

    @Test
    void readAheadOfTheOutputDoesNotGrowWithThreads() {
        AtomicLong read = new AtomicLong();
        AtomicLong readAtFirstWrite = new AtomicLong(-1);
        InputStream saved = System.in;
        System.setIn(new LongLines(64L << 20, read));
        try {
            OutputStream firstWriteFails = new OutputStream() {
                @Override
                public void write(int b) throws IOException {
                    write(new byte[]{(byte) b}, 0, 1);
                }

                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    readAtFirstWrite.compareAndSet(-1, read.get());
                    throw new IOException("enough"); // stop the run: only how far it read before writing matters
                }
            };
            java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
            Main.run(new String[]{"tag", "--quiet", "--input-format", "tokens", "--threads", "8"},
                    new PrintStream(firstWriteFails, false, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
            assertTrue(readAtFirstWrite.get() > 0, "no output: " + err);
            assertTrue(readAtFirstWrite.get() < READ_AHEAD, readAtFirstWrite.get() + " bytes read before the first output");
        } finally {
            System.setIn(saved);
        }
    }

    /** Lines of 2000 words, up to {@code size} bytes, counting what is read; always ready, as a file is. */
    private static final class LongLines extends InputStream {
        private static final byte[] LINE = line();
        private final long size;
        private final AtomicLong read;

        LongLines(long size, AtomicLong read) {
            this.size = size;
            this.read = read;
        }

        private static byte[] line() {
            StringBuilder sb = new StringBuilder();
            String[] words = {"the", "dog", "barks", "at", "a", "cat", "."};
            for (int i = 0; i < 2000; i++) {
                sb.append(i > 0 ? " " : "").append(words[i % words.length]);
            }
            return sb.append('\n').toString().getBytes(StandardCharsets.UTF_8);
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0];
        }

        @Override
        public int read(byte[] b, int off, int len) {
            long at = read.get();
            if (at >= size) {
                return -1;
            }
            int n = (int) Math.min(len, size - at);
            for (int i = 0; i < n; i++) {
                b[off + i] = LINE[(int) ((at + i) % LINE.length)];
            }
            read.addAndGet(n);
            return n;
        }

        @Override
        public int available() {
            return (int) Math.min(Integer.MAX_VALUE, size - read.get());
        }
    }
}
