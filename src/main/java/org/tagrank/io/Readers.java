package org.tagrank.io;

import java.io.BufferedReader;
import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Strict UTF-8 readers: malformed input is an error (a CharacterCodingException), never replaced silently. */
public final class Readers {
    private Readers() {
    }

    /**
     * A strict reader of a file; malformed UTF-8 stops it with a {@link CorpusFormatException} naming the
     * file and the line of the first bad byte (found by re-reading the file, only when that happens).
     */
    public static BufferedReader utf8(Path file) throws IOException {
        return new BufferedReader(new Locating(decoding(Files.newInputStream(file)), file), 1 << 16);
    }

    public static BufferedReader utf8(InputStream in) {
        return new BufferedReader(decoding(in), 1 << 16);
    }

    private static InputStreamReader decoding(InputStream in) {
        return new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
    }

    /**
     * The 1-based line of the first malformed UTF-8 sequence in a file, or -1 when it has none. Lines end at
     * {@code \n}, as BufferedReader counts them for these files.
     */
    public static long firstMalformedLine(Path file) throws IOException {
        CharsetDecoder d = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        CharBuffer chars = CharBuffer.allocate(1 << 14);
        ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
        long line = 1;
        try (InputStream in = Files.newInputStream(file)) {
            boolean end = false;
            while (true) {
                int n = end ? -1 : in.read(bytes.array(), bytes.position(), bytes.remaining());
                if (n < 0) {
                    end = true;
                } else {
                    bytes.position(bytes.position() + n);
                }
                bytes.flip();
                CoderResult r = d.decode(bytes, chars, end);
                line += newlines(chars);
                if (r.isError()) {
                    return line;
                }
                bytes.compact();
                if (end && r.isUnderflow()) {
                    return bytes.position() == 0 ? -1 : line; // leftover bytes: a sequence cut at the end
                }
            }
        }
    }

    private static long newlines(CharBuffer chars) {
        chars.flip();
        long n = 0;
        while (chars.hasRemaining()) {
            if (chars.get() == '\n') {
                n++;
            }
        }
        chars.clear();
        return n;
    }

    /** Turns the decoder's bare CharacterCodingException into a file:line error. */
    private static final class Locating extends FilterReader {
        private final Path file;

        Locating(InputStreamReader in, Path file) {
            super(in);
            this.file = file;
        }

        @Override
        public int read(char[] buf, int off, int len) throws IOException {
            try {
                return super.read(buf, off, len);
            } catch (CharacterCodingException e) {
                throw new CorpusFormatException(file.toString(), firstMalformedLine(file), "not valid UTF-8");
            }
        }

        @Override
        public int read() throws IOException {
            try {
                return super.read();
            } catch (CharacterCodingException e) {
                throw new CorpusFormatException(file.toString(), firstMalformedLine(file), "not valid UTF-8");
            }
        }
    }
}
