package org.tagrank.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes UTF-8 strictly and counts the lines it has returned, so that a malformed byte sequence stops it
 * with a {@link CorpusFormatException} naming the source and the line of the bad byte, also on a stream that
 * cannot be read twice (stdin). The characters decoded before the bad sequence are returned first. A byte
 * order mark at the start is dropped (Windows editors write one), so it never becomes part of a first word.
 * Lines end as {@link java.io.BufferedReader#readLine} ends them (CR, LF or CRLF), so an error here names the line
 * number the parsers reading through readLine would give.
 */
final class StrictUtf8Reader extends Reader {
    private final InputStream in;
    private final String source;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(1 << 16).flip();
    private static final char BOM = '\uFEFF';
    private boolean start = true;
    private boolean eof;
    private boolean flushed;
    private boolean failed;
    private long newlines;
    private boolean afterCr;
    /** Whether the input starts as a zip does: a model given where text goes ('tag m.lin.zip', as OpenNLP's CLI takes it). */
    private boolean zip;
    /** Whether it starts with a UTF-16 byte order mark (Windows PowerShell's '>' writes UTF-16). */
    private boolean utf16;
    private boolean sniffed;

    StrictUtf8Reader(InputStream in, String source) {
        this.in = in;
        this.source = source;
    }

    @Override
    public int read(char[] buf, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        if (failed) {
            throw malformed();
        }
        CharBuffer out = CharBuffer.wrap(buf, off, len);
        while (out.position() == off) {
            if (flushed) {
                return -1;
            }
            CoderResult r = decoder.decode(bytes, out, eof);
            if (r.isError()) {
                failed = true; // return what came before the bad sequence, fail at the next read
                break;
            }
            if (start && out.position() > off) {
                start = false;
                if (buf[off] == BOM) { // a byte order mark is no text: drop it
                    System.arraycopy(buf, off + 1, buf, off, out.position() - off - 1);
                    out.position(out.position() - 1);
                }
            }
            if (r.isOverflow() || out.position() > off) {
                break;
            }
            if (eof) {
                flushed = true; // no decode() after flush(): every later read is the end
                decoder.flush(out);
            } else {
                fill();
            }
        }
        int n = out.position() - off;
        if (n == 0) {
            throw malformed();
        }
        for (int i = off, end = off + n; i < end; i++) {
            char c = buf[i];
            if (c == '\r' || c == '\n' && !afterCr) { // CR, LF and CRLF each end a line, as readLine splits them
                newlines++;
            }
            afterCr = c == '\r'; // kept across reads: a CRLF cut between two reads is still one line end
        }
        return n;
    }

    /**
     * Whether a read would not block: decoded bytes are waiting, the stream has some, or it ended (the default said
     * never, so a caller could not tell a pipe that has nothing yet from one that has more).
     */
    @Override
    public boolean ready() {
        try {
            return failed || eof || bytes.hasRemaining() || in.available() > 0;
        } catch (IOException e) { // a stream that cannot tell ('Illegal seek'): read on, as a blocking read would
            return true;
        }
    }

    private void fill() throws IOException {
        bytes.compact();
        int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
        if (n < 0) {
            eof = true;
        } else {
            bytes.position(bytes.position() + n);
        }
        bytes.flip();
        if (!sniffed) { // the first bytes read (a pipe's first 1-3 bytes alone are not told)
            sniffed = true;
            byte[] b = bytes.array();
            zip = bytes.remaining() >= 4 && b[0] == 'P' && b[1] == 'K' && b[2] == 3 && b[3] == 4;
            utf16 = bytes.remaining() >= 2 && ((b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE
                    || (b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF);
        }
    }

    private CorpusFormatException malformed() {
        return new CorpusFormatException(source, newlines + 1, "not valid UTF-8"
                + (zip ? " (it is a zip file: a model goes to --model)" : "")
                + (utf16 ? " (UTF-16 text, by its byte order mark: convert it to UTF-8, e.g. iconv -f UTF-16 -t UTF-8)" : ""));
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
