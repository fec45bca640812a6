package org.tagrank.io;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * A UTF-16 file (Windows PowerShell's {@code >}, Notepad's "Unicode") read as "x.txt:1: not valid UTF-8", which did
 * not say what the file is nor what to do; its byte order mark now tells.
 */
class Utf16InputTest {
    private static String firstLine(byte[] bytes) throws IOException {
        return Readers.utf8(new ByteArrayInputStream(bytes), "x.txt").readLine();
    }

    @Test
    void aUtf16FileIsNamedAsSuch() {
        for (java.nio.charset.Charset cs : new java.nio.charset.Charset[]{StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE}) {
            byte[] bytes = "\uFEFFThe dog barks .\n".getBytes(cs);
            CorpusFormatException e = assertThrows(CorpusFormatException.class, () -> firstLine(bytes), cs.name());
            assertEquals("x.txt:1: not valid UTF-8 (UTF-16 text, by its byte order mark: convert it to UTF-8, e.g. "
                    + "iconv -f UTF-16 -t UTF-8)", e.getMessage(), cs.name());
        }
    }

    @Test
    void otherBadBytesKeepTheirMessage() {
        byte[] latin1 = "caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
        CorpusFormatException e = assertThrows(CorpusFormatException.class, () -> firstLine(latin1));
        assertEquals("x.txt:1: not valid UTF-8", e.getMessage());
    }
}
