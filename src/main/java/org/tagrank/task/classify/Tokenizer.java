package org.tagrank.task.classify;

import org.tagrank.io.UnicodeWords;

/**
 * Splits text into lowercase alphanumeric tokens: a letter or digit ({@link Character#isLetterOrDigit}) and the
 * letters, digits and combining marks after it ({@link UnicodeWords}: {@code cafe} + U+0301 is one token, not
 * {@code cafe}), lowercased with {@link Character#toLowerCase(char)}, which does not depend on the default locale.
 * A surrogate pair counts as the code point it encodes ({@link UnicodeWords#inWordAt}: {@code 𝐀𝐁} is one token)
 * and keeps its case (lowercasing is per char, and leaves surrogates as they are).
 * Everything else separates tokens. The spans are of the text as given: {@link NgramVectorizer} gives it in
 * Unicode NFC ({@link UnicodeWords#nfc}), as {@link #tokens(CharSequence)} does.
 */
public final class Tokenizer {
    private Tokenizer() {
    }

    /** Receives each token of a range. */
    @FunctionalInterface
    public interface TokenConsumer {
        void accept(String token);
    }

    /** Receives each token of a range as a span {@code [start, end)} of the text (not yet lowercased). */
    @FunctionalInterface
    public interface SpanConsumer {
        void accept(int start, int end);
    }

    /** Calls {@code out} with the span of every token in {@code text[from, to)}, in order; allocates nothing. */
    public static void spans(CharSequence text, int from, int to, SpanConsumer out) {
        int i = from;
        while (i < to) {
            while (i < to && !UnicodeWords.startsWordAt(text, i, from, to)) {
                i++;
            }
            int start = i;
            while (i < to && UnicodeWords.inWordAt(text, i, from, to)) {
                i++;
            }
            if (i > start) {
                out.accept(start, i);
            }
        }
    }

    /** Calls {@code out} for every token in {@code text[from, to)}, in order. */
    public static void tokens(CharSequence text, int from, int to, TokenConsumer out) {
        int i = from;
        while (i < to) {
            while (i < to && !UnicodeWords.startsWordAt(text, i, from, to)) {
                i++;
            }
            int start = i;
            boolean lower = true;
            while (i < to) {
                char c = text.charAt(i);
                if (!UnicodeWords.inWordAt(text, i, from, to)) {
                    break;
                }
                if (lower && Character.toLowerCase(c) != c) {
                    lower = false;
                }
                i++;
            }
            if (i > start) {
                out.accept(lower ? text.subSequence(start, i).toString() : lowercase(text, start, i));
            }
        }
    }

    /** All tokens of the text, read in Unicode NFC. */
    public static java.util.List<String> tokens(CharSequence text) {
        String s = UnicodeWords.nfc(text.toString());
        java.util.List<String> out = new java.util.ArrayList<>();
        tokens(s, 0, s.length(), out::add);
        return out;
    }

    private static String lowercase(CharSequence text, int start, int end) {
        char[] cs = new char[end - start];
        for (int i = start; i < end; i++) {
            cs[i - start] = Character.toLowerCase(text.charAt(i));
        }
        return new String(cs);
    }
}
