package org.tagrank.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;

/**
 * A {@link BufferedReader} that can tell whether a whole line (or a whole blank-line-ended block) has come in:
 * {@link #ready()} only says some characters have, and a reader that went on then blocked on the rest of a line a
 * co-process had written part of, holding back the answer to the lines before. Lines end as {@code readLine}'s do
 * (LF, CR or CRLF).
 */
public final class LineReader extends BufferedReader {
    /** A blank line not found in this many buffered characters: reading on is taken as not waiting long. */
    private static final int SCAN_LIMIT = 1 << 21;
    private final Reader in;
    private char[] buf = new char[1 << 16];
    private int pos;
    private int end;
    private boolean eof;
    private boolean skipLf;

    public LineReader(Reader in) {
        super(in, 1); // its own buffer stays unused: every read goes through this class's
        this.in = in;
    }

    @Override
    public String readLine() throws IOException {
        return readLine(Integer.MAX_VALUE);
    }

    /**
     * The next line as {@link #readLine()}, but of at most {@code max} characters: a longer one comes in pieces, each
     * cut at its last whitespace character (dropped, as a line end is; where a piece has none, after {@code max}
     * characters, never inside a surrogate pair), so that text without line breaks is read in bounded memory.
     */
    public String readLine(int max) throws IOException {
        if (max < 2) {
            throw new IllegalArgumentException("max must be >= 2, got " + max);
        }
        dropLfAfterCr(true);
        int scanned = 0; // characters after pos already looked at: fill() moves the text, not this offset
        while (true) {
            int limit = (int) Math.min(end, (long) pos + max);
            for (int i = pos + scanned; i < limit; i++) {
                char c = buf[i];
                if (c == '\n' || c == '\r') {
                    String line = new String(buf, pos, i - pos);
                    pos = i + 1;
                    skipLf = c == '\r';
                    return line;
                }
            }
            if (end - pos > max) { // no line end among max characters, and one more is buffered: a piece
                int cut = pos + max;
                while (cut > pos && !Character.isWhitespace(buf[cut])) {
                    cut--;
                }
                if (cut > pos) {
                    String piece = new String(buf, pos, cut - pos);
                    pos = cut + 1;
                    skipLf = buf[cut] == '\r'; // a CRLF right after max characters ends the line once, not twice
                    return piece;
                }
                cut = pos + max;
                if (Character.isLowSurrogate(buf[cut]) && Character.isHighSurrogate(buf[cut - 1])) {
                    cut--;
                }
                String piece = new String(buf, pos, cut - pos);
                pos = cut;
                return piece;
            }
            scanned = end - pos;
            if (eof || !fill()) {
                if (pos == end) {
                    return null;
                }
                String line = new String(buf, pos, end - pos);
                pos = end;
                return line;
            }
        }
    }

    /** Drops the LF of a CRLF whose CR ended the last line; {@code block}: read to see it (else only if buffered). */
    private void dropLfAfterCr(boolean block) throws IOException {
        if (!skipLf) {
            return;
        }
        if (pos == end && !eof && block) {
            fill();
        }
        if (pos < end) {
            if (buf[pos] == '\n') {
                pos++;
            }
            skipLf = false;
        } else if (eof) {
            skipLf = false;
        }
    }

    /** Reads more after what is buffered (moved to the front first); false at the end of input. */
    private boolean fill() throws IOException {
        if (pos > 0) {
            System.arraycopy(buf, pos, buf, 0, end - pos);
            end -= pos;
            pos = 0;
        }
        if (end == buf.length) {
            buf = java.util.Arrays.copyOf(buf, buf.length * 2);
        }
        int n = in.read(buf, end, buf.length - end);
        if (n < 0) {
            eof = true;
            return false;
        }
        end += n;
        return true;
    }

    /**
     * Whether a whole line can be read without waiting for more input ({@code block}: a whole block of lines ended by
     * a blank line, as a CoNLL-U sentence or a paragraph of text is; blank lines before it do not count), or the input
     * has ended. Reads what the input has ready, never more.
     */
    public boolean lineReady(boolean block) throws IOException {
        dropLfAfterCr(false);
        int scanned = 0;
        boolean content = false; // a non-blank line has ended
        boolean blankSoFar = true; // the line being scanned is blank so far
        boolean afterCr = skipLf;
        while (true) {
            for (int i = pos + scanned; i < end; i++) {
                char c = buf[i];
                if (c == '\n' && afterCr) { // the LF of a CRLF: the line ended at the CR
                    afterCr = false;
                    continue;
                }
                afterCr = c == '\r';
                if (c == '\n' || c == '\r') {
                    if (!block || content && blankSoFar) {
                        return true;
                    }
                    content |= !blankSoFar;
                    blankSoFar = true;
                } else if (blankSoFar && !Character.isWhitespace(c)) {
                    blankSoFar = false;
                }
            }
            scanned = end - pos;
            if (eof || scanned >= SCAN_LIMIT) {
                return true;
            }
            if (!in.ready() || !fill()) {
                return eof;
            }
        }
    }

    @Override
    public int read() throws IOException {
        dropLfAfterCr(true);
        if (pos == end && (eof || !fill())) {
            return -1;
        }
        return buf[pos++];
    }

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        dropLfAfterCr(true);
        if (pos == end) {
            if (eof || !fill()) {
                return -1;
            }
        }
        int n = Math.min(len, end - pos);
        System.arraycopy(buf, pos, cbuf, off, n);
        pos += n;
        return n;
    }

    @Override
    public boolean ready() throws IOException {
        dropLfAfterCr(false); // an LF it would skip is nothing to read
        return pos < end || eof || in.ready();
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = 0;
        char[] tmp = new char[8192];
        while (skipped < n) {
            int r = read(tmp, 0, (int) Math.min(tmp.length, n - skipped));
            if (r < 0) {
                break;
            }
            skipped += r;
        }
        return skipped;
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    @Override
    public void mark(int readAheadLimit) throws IOException {
        throw new IOException("mark not supported");
    }

    @Override
    public void reset() throws IOException {
        throw new IOException("reset not supported");
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
