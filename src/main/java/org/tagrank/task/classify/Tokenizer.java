package org.tagrank.task.classify;

/**
 * Splits text into lowercase alphanumeric tokens: maximal runs of letters or digits
 * ({@link Character#isLetterOrDigit}), lowercased with {@link Character#toLowerCase(char)}, which
 * does not depend on the default locale. Everything else separates tokens.
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
            while (i < to && !Character.isLetterOrDigit(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < to && Character.isLetterOrDigit(text.charAt(i))) {
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
            while (i < to && !Character.isLetterOrDigit(text.charAt(i))) {
                i++;
            }
            int start = i;
            boolean lower = true;
            while (i < to) {
                char c = text.charAt(i);
                if (!Character.isLetterOrDigit(c)) {
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

    /** All tokens of the text. */
    public static java.util.List<String> tokens(CharSequence text) {
        java.util.List<String> out = new java.util.ArrayList<>();
        tokens(text, 0, text.length(), out::add);
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
