package org.tagrank.io;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What separates the tokens of a pre-tokenized line ({@code tokens} and {@code word_tag} input): white space as Java
 * and Unicode have it, not ASCII's alone: also the ideographic space (U+3000), the en to hair spaces (U+2000-U+200A
 * but U+2007), the line and paragraph separators, which CoreNLP's whitespace tokenizer and OpenNLP's
 * WhitespaceTokenizer split at too, and NEL (U+0085), which CoreNLP's splits at (OpenNLP's does not). The no-break
 * spaces (U+00A0, U+2007, U+202F) do not break a token, as their name says and as in CoreNLP (OpenNLP's splits at
 * them): CoreNLP's tokenizer writes the spaces inside a token such as {@code 1 1/2} as U+00A0, so word_tag output of
 * raw text reads back with the same tokens. Zero-width characters (U+200B, U+2060) are not spaces.
 * Thread-safe (no state).
 */
public final class TokenSeparators {
    private TokenSeparators() {
    }

    /** Whether the character separates tokens: Java's white space ({@link Character#isWhitespace}) or NEL (U+0085). */
    public static boolean isSeparator(char c) {
        if (c < 128) { // the common case without a table lookup
            return c == ' ' || c >= '\t' && c <= '\r' || c >= '\u001C' && c <= '\u001F';
        }
        return c == '\u0085' || Character.isWhitespace(c);
    }

    /** The tokens of a line: its runs of characters other than separators, in order (none for a blank line). */
    public static List<String> split(String line) {
        List<String> out = new ArrayList<>();
        int i = 0;
        int n = line.length();
        while (i < n) {
            while (i < n && isSeparator(line.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && !isSeparator(line.charAt(i))) {
                i++;
            }
            if (i > start) {
                out.add(line.substring(start, i));
            }
        }
        return Collections.unmodifiableList(out);
    }

    /**
     * Whether the line holds no token: separators alone, or nothing. Not {@link String#isBlank}, to which NEL is no
     * white space: a line of NEL alone was taken for a sentence and had no token.
     */
    public static boolean isBlank(String line) {
        for (int i = 0; i < line.length(); i++) {
            if (!isSeparator(line.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Whether the text holds a separator (a form that word_tag or tokens output could not keep whole). */
    public static boolean containsSeparator(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (isSeparator(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
