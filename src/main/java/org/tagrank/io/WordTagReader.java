package org.tagrank.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code word_TAG} format: one sentence per line, whitespace-separated tokens, each split at
 * the LAST separator (forms may contain it, e.g. URLs with underscores).
 */
public final class WordTagReader {
    private WordTagReader() {
    }

    /** A sentence of words and tags. */
    public record Sentence(List<String> words, List<String> tags, long line) {
    }

    /** Parses one line; blank lines give null. */
    public static Sentence parse(String line, char separator, String source, long lineNo) throws CorpusFormatException {
        List<String> tokens = TokenSeparators.split(line);
        if (tokens.isEmpty()) {
            return null;
        }
        List<String> words = new ArrayList<>(tokens.size());
        List<String> tags = new ArrayList<>(tokens.size());
        for (String t : tokens) {
            int cut = t.lastIndexOf(separator);
            if (cut <= 0 || cut == t.length() - 1) {
                throw new CorpusFormatException(source, lineNo, "token '" + t + "' is not word" + separator + "TAG");
            }
            words.add(t.substring(0, cut));
            tags.add(t.substring(cut + 1));
        }
        return new Sentence(words, tags, lineNo);
    }

    public static List<Sentence> readAll(BufferedReader in, char separator, String source) throws IOException {
        List<Sentence> out = new ArrayList<>();
        String line;
        long n = 0;
        while ((line = in.readLine()) != null) {
            n++;
            line = CorpusFormatException.withoutOwnBom(line, source, n); // a joined file's became part of the first word
            Sentence s = parse(line, separator, source, n);
            if (s != null) {
                out.add(s);
            }
        }
        return out;
    }
}
