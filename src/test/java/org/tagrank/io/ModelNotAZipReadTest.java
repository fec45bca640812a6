package org.tagrank.io;

import org.junit.jupiter.api.Test;

import java.io.InputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A file that is no zip given as the model (arguments swapped: {@code tag --model corpus.txt model.zip}) was read
 * whole into memory before its first bytes were looked at: one larger than the heap failed with "out of memory: give
 * Java more heap", exit 4, instead of "not a TagRank model", exit 3. Its first bytes now decide.
 */
class ModelNotAZipReadTest {
    @Test
    void aFileThatIsNoZipIsRefusedFromItsFirstBytes() {
        long[] read = {0};
        long size = 64L << 20;
        InputStream text = new InputStream() {
            @Override
            public int read() {
                return read[0] < size ? (read[0]++ % 80 == 79 ? '\n' : 'a') : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (len == 0) {
                    return 0;
                }
                int n = (int) Math.min(len, size - read[0]);
                if (n <= 0) {
                    return -1;
                }
                for (int i = 0; i < n; i++) {
                    b[off + i] = (byte) read();
                }
                return n;
            }
        };
        ModelFormatException e = assertThrows(ModelFormatException.class, () -> ModelIO.read(text, "pos", "corpus.txt"));
        assertEquals("corpus.txt: not a TagRank model (not a zip, or an empty one)", e.getMessage());
        assertTrue(read[0] < 1 << 16, read[0] + " bytes read to tell");
    }
}
