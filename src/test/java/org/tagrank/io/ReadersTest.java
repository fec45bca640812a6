package org.tagrank.io;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ReadersTest {
    @TempDir
    Path dir;

    private Path file(byte[]... parts) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            b.write(p);
        }
        Path f = dir.resolve("in.txt");
        Files.write(f, b.toByteArray());
        return f;
    }

    private static byte[] text(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** The line a strict read of the file reports its first malformed sequence at, or -1 when it reads through. */
    private static long firstMalformedLine(Path f) throws IOException {
        try {
            readAll(f);
            return -1;
        } catch (CorpusFormatException e) {
            return e.line();
        }
    }

    private static void readAll(Path f) throws IOException {
        try (BufferedReader r = Readers.utf8(f)) {
            while (r.readLine() != null) {
                // drain
            }
        }
    }

    @Test
    void aBadByteFarPastTheReadersBufferIsReportedAtItsOwnLine() throws IOException {
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 20_000; i++) { // ~300 kB: many decoder and BufferedReader buffers
            lines.append("línea número ").append(i).append('\n');
        }
        Path f = file(text(lines.toString()), text("ok "), new byte[]{(byte) 0xC3, '('}, text(" then\nmore\n"));
        CorpusFormatException e = assertThrows(CorpusFormatException.class, () -> readAll(f));
        assertEquals(20_001, e.line());
        assertEquals(f + ":20001: not valid UTF-8", e.getMessage());
    }

    @Test
    void sequencesCutAtTheEndAndLoneContinuationBytesAreFound() throws IOException {
        assertEquals(3, firstMalformedLine(file(text("a\nb\nc "), new byte[]{(byte) 0xE2, (byte) 0x82})));
        assertEquals(1, firstMalformedLine(file(new byte[]{(byte) 0x80}, text("\n"))));
        assertEquals(2, firstMalformedLine(file(text("€ fine\n"), new byte[]{(byte) 0xFF})));
    }

    @Test
    void aBadByteOnAStreamIsReportedAtItsLineAfterTheTextBeforeIt() throws IOException {
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            lines.append("línea número ").append(i).append('\n');
        }
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.write(text(lines.toString() + "ok "));
        b.write(new byte[]{(byte) 0xC3, '('});
        b.write(text(" then\n"));
        BufferedReader r = Readers.utf8(new java.io.ByteArrayInputStream(b.toByteArray()));
        for (int i = 0; i < 20_000; i++) {
            assertEquals("línea número " + i, r.readLine());
        }
        CorpusFormatException e = assertThrows(CorpusFormatException.class, r::readLine);
        assertEquals("<stdin>:20001: not valid UTF-8", e.getMessage());
        CorpusFormatException first = assertThrows(CorpusFormatException.class,
                () -> Readers.readString(new java.io.ByteArrayInputStream(new byte[]{(byte) 0xFF, 'a'}), "in"));
        assertEquals("in:1: not valid UTF-8", first.getMessage());
        CorpusFormatException cut = assertThrows(CorpusFormatException.class,
                () -> Readers.readString(new java.io.ByteArrayInputStream(new byte[]{'a', '\n', (byte) 0xE2, (byte) 0x82}), "in"));
        assertEquals("in:2: not valid UTF-8", cut.getMessage());
    }

    @Test
    void aByteOrderMarkAtTheStartIsDroppedAndOneLaterIsText() throws IOException {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        Path f = file(bom, text("a\n"), bom, text("b\n"));
        try (BufferedReader r = Readers.utf8(f)) {
            assertEquals("a", r.readLine());
            assertEquals("\uFEFFb", r.readLine()); // inside the text it is a character (zero-width no-break space)
        }
        assertEquals("", Readers.readString(file(bom)));
        assertEquals("x", Readers.readString(new java.io.ByteArrayInputStream(concat(bom, text("x"))), "in"));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] c = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }

    @Test
    void readingPastTheEndKeepsSayingEnd() throws IOException {
        BufferedReader r = Readers.utf8(new java.io.ByteArrayInputStream(text("a\nb")));
        assertEquals("a", r.readLine());
        assertEquals("b", r.readLine());
        for (int i = 0; i < 3; i++) {
            assertEquals(null, r.readLine());
            assertEquals(-1, r.read());
        }
    }

    /** The line of the first bad byte when the reader is drained a character at a time (a CRLF cut between reads). */
    private static long malformedLineReadByChar(byte[] data) throws IOException {
        try (StrictUtf8Reader r = new StrictUtf8Reader(new java.io.ByteArrayInputStream(data), "in")) {
            char[] one = new char[1];
            while (r.read(one, 0, 1) >= 0) {
                // drain
            }
            return -1;
        } catch (CorpusFormatException e) {
            return e.line();
        }
    }

    @Test
    void aLoneCrEndsALineAsReadLineSaysAndACrlfIsOneLineEnd() throws IOException {
        byte[] ff = {(byte) 0xFF};
        // readLine sees a, b, c, then the bad byte on line 4 (the counter said 2: it counted only '\n')
        assertEquals(4, firstMalformedLine(file(text("a\rb\rc\n"), ff, text("\n"))));
        assertEquals(4, firstMalformedLine(file(text("a\r\nb\r\nc\r\n"), ff)));
        assertEquals(5, firstMalformedLine(file(text("a\r\n\r\rb\n"), ff))); // a, "", "", b
        assertEquals(2, firstMalformedLine(file(text("a\r"), ff)));
        assertEquals(4, malformedLineReadByChar(concat(text("a\r\n\r\n\rb "), ff)));
        assertEquals(3, malformedLineReadByChar(concat(text("a\n\r\n"), ff)));
    }

    @Test
    void validUtf8HasNoMalformedLine() throws IOException {
        assertEquals(-1, firstMalformedLine(file(text("naïve café\n€ 𝄞\n"))));
        assertEquals(-1, firstMalformedLine(file()));
    }

    /**
     * A model given as the input ('tag en-pos.lin.zip < sentences', as OpenNLP's own POSTagger takes its model) said
     * only "en-pos.lin.zip:1: not valid UTF-8"; a zip now says what it is.
     */
    @Test
    void aZipReadAsTextSaysWhereAModelGoes() throws IOException {
        Path f = file(new byte[]{'P', 'K', 3, 4, 20, 0, 8, 8, 8, 0, (byte) 0x9c, (byte) 0xff, 0, 0});
        CorpusFormatException e = assertThrows(CorpusFormatException.class, () -> readAll(f));
        assertEquals(f + ":1: not valid UTF-8 (it is a zip file: a model goes to --model)", e.getMessage());
        Path g = file(text("hello\n"), new byte[]{(byte) 0xff});
        assertEquals(g + ":2: not valid UTF-8", assertThrows(CorpusFormatException.class, () -> readAll(g)).getMessage());
    }
}
