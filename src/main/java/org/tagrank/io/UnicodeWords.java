package org.tagrank.io;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * The Unicode side of the lexical tokenizers (text classification, MCTest, the link task's mentions in raw text):
 * text is read in Unicode NFC, the form of the corpora, alias tables and titles, so that a decomposed
 * {@code cafe} + U+0301 is the precomposed {@code café}; and a combining mark (Unicode categories Mn, Mc, Me)
 * belongs to the word before it instead of splitting it. A word starts with a letter or a digit
 * ({@link Character#isLetterOrDigit}) and goes on over letters, digits and combining marks; a mark with no word
 * before it separates words, as it did before. Thread-safe (no state).
 */
public final class UnicodeWords {
    /** {@link #startsWord} then {@link #inWord} code points, for the tokenizers that use a pattern. */
    public static final Pattern WORD = Pattern.compile("[\\p{L}\\p{Nd}][\\p{L}\\p{Nd}\\p{M}]*");

    private UnicodeWords() {
    }

    /** The text in Unicode NFC; the same instance when it is already (all ASCII text is). */
    public static String nfc(String text) {
        return Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text : Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    /** Whether the code point is a combining mark: non-spacing, spacing combining or enclosing. */
    public static boolean isMark(int c) {
        int t = Character.getType(c);
        return t == Character.NON_SPACING_MARK || t == Character.COMBINING_SPACING_MARK || t == Character.ENCLOSING_MARK;
    }

    /** Whether a word can start with the code point: a letter or a digit. */
    public static boolean startsWord(int c) {
        return Character.isLetterOrDigit(c);
    }

    /** Whether the code point continues a word: a letter, a digit or a combining mark. */
    public static boolean inWord(int c) {
        return Character.isLetterOrDigit(c) || isMark(c);
    }

    /**
     * The code point the char {@code text[i]} belongs to, looking no further than {@code [from, to)}: the char
     * itself, or for half of a surrogate pair the pair's supplementary code point (so a letter such as U+1D400
     * {@code 𝐀} or a CJK Extension B ideograph is one letter, not two separators); -1 for an unpaired surrogate.
     */
    public static int codePointAround(CharSequence text, int i, int from, int to) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 < to && Character.isLowSurrogate(text.charAt(i + 1))
                    ? Character.toCodePoint(c, text.charAt(i + 1)) : -1;
        }
        if (Character.isLowSurrogate(c)) {
            return i - 1 >= from && Character.isHighSurrogate(text.charAt(i - 1))
                    ? Character.toCodePoint(text.charAt(i - 1), c) : -1;
        }
        return c;
    }

    /** {@link #startsWord} for the code point that {@code text[i]} belongs to ({@link #codePointAround}). */
    public static boolean startsWordAt(CharSequence text, int i, int from, int to) {
        char c = text.charAt(i);
        if (!Character.isSurrogate(c)) {
            return startsWord(c);
        }
        int cp = codePointAround(text, i, from, to);
        return cp >= 0 && startsWord(cp);
    }

    /** {@link #inWord} for the code point that {@code text[i]} belongs to ({@link #codePointAround}). */
    public static boolean inWordAt(CharSequence text, int i, int from, int to) {
        char c = text.charAt(i);
        if (!Character.isSurrogate(c)) {
            return inWord(c);
        }
        int cp = codePointAround(text, i, from, to);
        return cp >= 0 && inWord(cp);
    }
}
