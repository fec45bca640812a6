package org.tagrank.io;

import java.util.ArrayList;
import java.util.List;

/**
 * A fast, rough tokenizer for word statistics of unlabeled text (capitalisation counts, which forms
 * exist), where CoreNLP's PTBTokenizer took a third of a POS model's training time: tokens are the
 * whitespace-separated pieces with each leading and trailing character (code point) that is neither a letter
 * nor a digit split off on its own ("(hello)." → "(", "hello", ")", "."; "don't", "e-mail", "3.5" stay whole);
 * a sentence ends after a ".", "!" or "?" token. Not for tagging: it neither splits clitics nor knows
 * abbreviations. Thread-safe (no state).
 */
public final class PlainTokenizer {
    private PlainTokenizer() {
    }

    /** The sentences of a piece of text; no empty sentence. */
    public static List<List<String>> sentences(String text) {
        List<List<String>> out = new ArrayList<>();
        List<String> sentence = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            while (i < n && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && !Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            int end = i;
            if (start == end) {
                break;
            }
            // by code point: a surrogate pair (😀, the letter 𝐀) is one character, never two lone halves
            int from = start;
            for (int c; from < end && !Character.isLetterOrDigit(c = text.codePointAt(from)); ) {
                int next = from + Character.charCount(c);
                sentence = add(text.substring(from, next), sentence, out);
                from = next;
            }
            int to = end;
            for (int c; to > from && !Character.isLetterOrDigit(c = text.codePointBefore(to)); ) {
                to -= Character.charCount(c);
            }
            if (from < to) {
                sentence = add(text.substring(from, to), sentence, out);
            }
            for (int k = to; k < end; ) {
                int next = k + Character.charCount(text.codePointAt(k));
                sentence = add(text.substring(k, next), sentence, out);
                k = next;
            }
        }
        if (!sentence.isEmpty()) {
            out.add(sentence);
        }
        return out;
    }

    /** Adds a token; after a sentence-final one, the sentence goes to {@code out} and a new one is returned. */
    private static List<String> add(String token, List<String> sentence, List<List<String>> out) {
        sentence.add(token);
        if (token.equals(".") || token.equals("!") || token.equals("?")) {
            out.add(sentence);
            return new ArrayList<>();
        }
        return sentence;
    }
}
