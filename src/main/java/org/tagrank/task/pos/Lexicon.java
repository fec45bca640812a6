package org.tagrank.task.pos;

import it.unimi.dsi.fastutil.objects.Object2ObjectOpenHashMap;
import org.tagrank.core.LabelSet;
import org.tagrank.io.CorpusFormatException;
import org.tagrank.io.Readers;
import org.tagrank.io.ResourceLocator;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A user lexicon applied at tagging time without retraining: lines {@code word<TAB>TAG[ TAG...]};
 * one tag forces it, several restrict the choice to them (each tag once). Words match exactly (case-sensitive);
 * blanks around a word or its tags in a file are not part of them.
 * Blank lines and comments are ignored: a comment is a line that starts with {@code #} and has no TAB. A line
 * with a TAB is an entry whatever its first character, so {@code #<TAB>SYM} and {@code #hashtag<TAB>NNP} give
 * words starting with '#' their tags (a comment must not hold a TAB). Immutable.
 */
public final class Lexicon {
    private final Map<String, List<String>> entries;
    /** The file read, or null for {@link #of}. */
    private final String source;
    /** The line each word was read at, for errors found later against a model's tags; empty for {@link #of}. */
    private final Map<String, Long> lines;

    private Lexicon(Map<String, List<String>> entries, String source, Map<String, Long> lines) {
        this.entries = Map.copyOf(entries);
        this.source = source;
        this.lines = Map.copyOf(lines);
    }

    /** Reads a lexicon from a file path, classpath resource or URL. */
    public static Lexicon read(String location) throws IOException {
        ResourceLocator.Located l;
        try {
            l = ResourceLocator.open(location);
        } catch (java.io.FileNotFoundException e) { // say which file was not found, as a model's error does
            java.io.FileNotFoundException named = new java.io.FileNotFoundException("lexicon " + e.getMessage());
            named.initCause(e);
            throw named;
        }
        try (BufferedReader in = Readers.utf8Resource(l.stream(), location)) {
            return parse(in, location);
        }
    }

    static Lexicon parse(BufferedReader in, String source) throws IOException {
        Map<String, List<String>> m = new java.util.LinkedHashMap<>();
        Map<String, Long> lines = new java.util.HashMap<>();
        String line;
        long n = 0;
        while ((line = in.readLine()) != null) {
            n++;
            CorpusFormatException.checkNoInnerBom(line, source, n); // the entry's word would never match
            int tab = line.indexOf('\t');
            if (line.isBlank() || line.startsWith("#") && tab < 0) { // with a TAB: an entry for a '#' word
                continue;
            }
            // blanks around the word or tags are layout: "duck \tVB" never matched a token
            String word = tab < 0 ? "" : line.substring(0, tab).strip();
            String tagText = tab < 0 ? "" : line.substring(tab + 1).strip();
            if (word.isEmpty() || tagText.isEmpty()) {
                throw new CorpusFormatException(source, n, "expected word<TAB>TAG[ TAG...]");
            }
            List<String> tags = new ArrayList<>();
            for (String t : tagText.split("\\s+")) {
                if (tags.contains(t)) { // it counted twice in --top-k (NN:0.5000,NN:0.5000)
                    throw new CorpusFormatException(source, n, "word '" + word + "': tag '" + t + "' listed twice");
                }
                tags.add(t);
            }
            if (m.put(word, List.copyOf(tags)) != null) {
                throw new CorpusFormatException(source, n, "word '" + word + "' listed twice");
            }
            lines.put(word, n);
        }
        return new Lexicon(m, source, lines);
    }

    /**
     * A lexicon from a map word → allowed tags (one tag forces it); checked here, as a file is when
     * read: blanks around a word or tag are not part of it, every word and tag non-empty, every word with at
     * least one tag, no word or tag twice. The lists are copied.
     */
    public static Lexicon of(Map<String, List<String>> entries) {
        Map<String, List<String>> copy = new java.util.HashMap<>();
        for (Map.Entry<String, List<String>> e : java.util.Objects.requireNonNull(entries, "entries").entrySet()) {
            String given = e.getKey();
            if (given == null) {
                throw new NullPointerException("lexicon entry with a null word");
            }
            String word = given.strip(); // "duck " never matched a token, where a file's "duck \tVB" does
            if (word.isEmpty()) {
                throw new IllegalArgumentException("lexicon entry with an empty word");
            }
            List<String> tags = e.getValue();
            if (tags == null) {
                throw new NullPointerException("lexicon entry '" + word + "' has no tag list");
            }
            if (tags.isEmpty()) {
                throw new IllegalArgumentException("lexicon entry '" + word + "' has no tags");
            }
            List<String> stripped = new ArrayList<>(tags.size());
            for (String t : tags) {
                if (t == null) {
                    throw new NullPointerException("lexicon entry '" + word + "' has a null tag");
                }
                if (t.isBlank()) {
                    throw new IllegalArgumentException("lexicon entry '" + word + "' has an empty tag");
                }
                if (stripped.contains(t.strip())) {
                    throw new IllegalArgumentException("lexicon entry '" + word + "' lists tag '" + t.strip() + "' twice");
                }
                stripped.add(t.strip());
            }
            if (copy.put(word, List.copyOf(stripped)) != null) {
                throw new IllegalArgumentException("lexicon entry '" + word + "' is given twice (with blanks around it once)");
            }
        }
        return new Lexicon(copy, null, Map.of());
    }

    public int size() {
        return entries.size();
    }

    /**
     * The entries whose word holds a space ({@link org.tagrank.io.TokenSeparators}), as {@code line N 'word'} in file order ({@code 'word'} for
     * {@link #of}): only a CoNLL-U form can match one, as text, tokens and word_tag input split tokens at spaces.
     */
    public List<String> wordsWithSpaces() {
        return entries.keySet().stream().filter(org.tagrank.io.TokenSeparators::containsSeparator)
                .sorted(fileOrder())
                .map(w -> (lines.containsKey(w) ? "line " + lines.get(w) + " " : "") + "'" + w + "'").toList();
    }

    /** File order, then word order ({@link #of} has no lines): Map.copyOf's own order changes from run to run. */
    private java.util.Comparator<String> fileOrder() {
        return java.util.Comparator.comparingLong((String w) -> lines.getOrDefault(w, 0L)).thenComparing(w -> w);
    }

    /** Resolves tags to ids of a model's tag set; an unknown tag is an error naming the first such entry. */
    Object2ObjectOpenHashMap<String, int[]> resolve(LabelSet tags) {
        Object2ObjectOpenHashMap<String, int[]> out = new Object2ObjectOpenHashMap<>();
        List<Map.Entry<String, List<String>>> ordered = new ArrayList<>(entries.entrySet());
        ordered.sort(Map.Entry.comparingByKey(fileOrder()));
        for (Map.Entry<String, List<String>> e : ordered) {
            int[] ids = new int[e.getValue().size()];
            for (int i = 0; i < ids.length; i++) {
                ids[i] = tags.indexOf(e.getValue().get(i));
                if (ids[i] < 0) {
                    String tag = e.getValue().get(i);
                    String hint = tags.labels().stream().filter(t -> t.equalsIgnoreCase(tag)).findFirst()
                            .map(t -> " (tags are case-sensitive: '" + t + "'?)").orElse("");
                    String at = lines.containsKey(e.getKey()) ? source + ":" + lines.get(e.getKey()) + ": " : "";
                    throw new IllegalArgumentException(at + "lexicon entry '" + e.getKey()
                            + "': tag '" + tag + "' is not in the model's tag set" + hint);
                }
            }
            out.put(e.getKey(), ids);
        }
        return out;
    }
}
