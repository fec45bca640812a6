package org.tagrank.io;

import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LineReaderTest {

    /** Gives its text a few characters a read, then says it has nothing ready (a pipe whose writer waits). */
    private static final class Trickle extends Reader {
        private final String text;
        private final int step;
        private int at;
        private int shown;

        Trickle(String text, int step, int shown) {
            this.text = text;
            this.step = step;
            this.shown = shown;
        }

        @Override
        public int read(char[] b, int off, int len) {
            if (at >= text.length()) {
                return -1;
            }
            int n = Math.min(Math.min(len, step), text.length() - at);
            text.getChars(at, at + n, b, off);
            at += n;
            return n;
        }

        @Override
        public boolean ready() {
            return at < shown;
        }

        @Override
        public void close() {
        }
    }

    private static List<String> lines(BufferedReader r) throws IOException {
        List<String> out = new ArrayList<>();
        String s;
        while ((s = r.readLine()) != null) {
            out.add(s);
        }
        return out;
    }

    @Test
    void linesEndAsBufferedReaderEndsThem() throws IOException {
        Random rnd = new Random(7);
        char[] alphabet = {'a', 'b', ' ', '\r', '\n'};
        for (int round = 0; round < 2000; round++) {
            StringBuilder sb = new StringBuilder();
            for (int i = rnd.nextInt(40); i > 0; i--) {
                sb.append(alphabet[rnd.nextInt(alphabet.length)]);
            }
            String text = sb.toString();
            int step = 1 + rnd.nextInt(5);
            assertEquals(lines(new BufferedReader(new StringReader(text))),
                    lines(new LineReader(new Trickle(text, step, text.length()))), "'" + text.replace("\r", "\\r")
                            .replace("\n", "\\n") + "' step " + step);
            StringBuilder chars = new StringBuilder();
            LineReader r = new LineReader(new Trickle(text, step, text.length()));
            if (r.readLine() != null) { // read after readLine: the LF of a CRLF is not read again
                int c;
                while ((c = r.read()) >= 0) {
                    chars.append((char) c);
                }
                BufferedReader b = new BufferedReader(new StringReader(text));
                b.readLine();
                StringBuilder want = new StringBuilder();
                while ((c = b.read()) >= 0) {
                    want.append((char) c);
                }
                assertEquals(want.toString(), chars.toString(), text);
            }
        }
    }

    @Test
    void aLineIsReadyOnlyOnceItsLineEndHasCome() throws IOException {
        String text = "a b\nc d";
        LineReader r = new LineReader(new Trickle(text, 100, text.length()));
        assertTrue(r.lineReady(false));
        assertEquals("a b", r.readLine());
        assertFalse(r.lineReady(false)); // 'c d' has no line end yet and the input more to come
        assertTrue(r.ready()); // characters are there, which is all ready() tells
    }

    @Test
    void aBlockIsReadyOnlyOnceItsBlankLineHasCome() throws IOException {
        assertFalse(new LineReader(new Trickle("\n\r\nx\ny\n", 100, 7)).lineReady(true)); // blank lines first count not
        assertTrue(new LineReader(new Trickle("\n\nx\ny\n \n", 100, 9)).lineReady(true));
        assertFalse(new LineReader(new Trickle("x\r\ny\r\n", 100, 6)).lineReady(true)); // CRLF is one line end
        assertTrue(new LineReader(new Trickle("x\r\n\r\n", 100, 5)).lineReady(true));
        assertTrue(new LineReader(new Trickle("x\r\r", 100, 3)).lineReady(true)); // CR CR: a blank line
        assertFalse(new LineReader(new Trickle("x\r", 1, 1)).lineReady(true)); // only 'x' has come
    }

    @Test
    void aLongLineComesInPiecesCutAtWhitespace() throws IOException {
        LineReader r = new LineReader(new Trickle("ab cd ef\r\ngh\nxxxxxxxx\n\uD83D\uDE00\uD83D\uDE00\uD83D\uDE00", 3, 100));
        assertEquals("ab cd", r.readLine(6)); // 'ab cd e' has no line end: cut at its last space
        assertEquals("ef", r.readLine(6));
        assertEquals("gh", r.readLine(6)); // the CRLF was one line end
        assertEquals("xxxxx", r.readLine(5)); // no space: cut after max characters
        assertEquals("xxx", r.readLine(5));
        assertEquals("\uD83D\uDE00", r.readLine(3)); // not between the two halves of an emoji
        assertEquals("\uD83D\uDE00\uD83D\uDE00", r.readLine(4));
        assertEquals(null, r.readLine(4));
        Random rnd = new Random(3);
        char[] alphabet = {'a', 'b', ' ', '\r', '\n'};
        for (int round = 0; round < 500; round++) { // lines within max: as readLine()
            StringBuilder sb = new StringBuilder();
            for (int i = rnd.nextInt(40); i > 0; i--) {
                sb.append(alphabet[rnd.nextInt(alphabet.length)]);
            }
            String text = sb.toString();
            LineReader a = new LineReader(new Trickle(text, 1 + rnd.nextInt(5), text.length()));
            List<String> got = new ArrayList<>();
            String line;
            while ((line = a.readLine(64)) != null) {
                got.add(line);
            }
            assertEquals(lines(new BufferedReader(new StringReader(text))), got, text);
        }
    }
}
