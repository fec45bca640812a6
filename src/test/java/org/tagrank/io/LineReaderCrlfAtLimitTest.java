package org.tagrank.io;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A line of exactly {@code max} characters ended by CRLF: its CR was taken for the white space a long line is cut at,
 * and the LF then read as an empty line of its own (raw text: a blank line, a paragraph break inside the text).
 */
class LineReaderCrlfAtLimitTest {
    private static List<String> lines(String text, int max) throws IOException {
        List<String> out = new ArrayList<>();
        try (LineReader r = new LineReader(new StringReader(text))) {
            String line;
            while ((line = r.readLine(max)) != null) {
                out.add(line);
            }
        }
        return out;
    }

    @Test
    void aCrlfRightAfterMaxCharactersEndsTheLineOnce() throws IOException {
        assertEquals(List.of("abcd", "efg"), lines("abcd\r\nefg\r\n", 4));
        assertEquals(List.of("abcd", "efg"), lines("abcd\nefg\n", 4));
        assertEquals(List.of("abcd", "efg"), lines("abcd\refg\r", 4));
        assertEquals(List.of("abcd", "", "efg"), lines("abcd\r\n\r\nefg", 4));
    }
}
