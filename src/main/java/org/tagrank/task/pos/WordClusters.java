package org.tagrank.task.pos;

import it.unimi.dsi.fastutil.HashCommon;
import it.unimi.dsi.fastutil.ints.IntArrays;
import org.tagrank.io.CorpusFormatException;
import org.tagrank.io.Readers;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Locale;

/**
 * Word clusters from a large unlabeled corpus (distributional or Brown clusters): lowercased
 * word → cluster name, for the {@code cl} templates. A model keeps them as sorted
 * {@code word<TAB>cluster} lines and looks words up through an int hash index over that text, so that
 * half a million words load without building a map of strings. Immutable once its index is built (safely,
 * on first use).
 */
public final class WordClusters {
    /** The model attachment holding the clusters. */
    static final String ATTACHMENT = "clusters.tsv";
    /** What {@link #cluster} gives for a word it lacks. */
    public static final String ABSENT = AutoLexicon.NONE;
    /** The model attachment holding the second cluster set ({@code cl2} templates). */
    static final String ATTACHMENT2 = "clusters2.tsv";

    private final String text;
    /** Start offset of each line; lines are sorted by word. */
    private final int[] starts;
    /**
     * Open-addressing hash index over the lines (line + 1, 0 = empty; at most half full), keyed by the
     * word's String.hashCode, which a looked-up word has usually cached. Binary search took ~20 probes and
     * cache misses per unknown word (8% of tagging time with two-letter buckets). The index is built in the
     * background after the first lookup, not at load (~50 ms, and a model that only meets vocabulary words
     * never needs it); lookups binary-search until it is published, whole, through this volatile field.
     */
    private volatile int[] index;
    private final java.util.concurrent.atomic.AtomicBoolean indexing = new java.util.concurrent.atomic.AtomicBoolean();
    /**
     * Whether a word absent from the list is looked up again with its digits replaced by '9' (as
     * CoreNLP's distsim lookup does with {@code mapdigits}: egw4-reut.512 lists "9,999" and "99:99", not
     * the numbers themselves).
     */
    private final boolean mapDigits;

    private WordClusters(String text, int[] starts, boolean mapDigits) {
        this.text = text;
        this.starts = starts;
        this.mapDigits = mapDigits;
    }

    private int[] buildIndex() {
        int[] t = new int[Integer.highestOneBit(Math.max(2, starts.length)) << 2];
        int mask = t.length - 1;
        for (int k = 0; k < starts.length; k++) {
            int h = 0;
            for (int i = starts[k]; text.charAt(i) != '\t'; i++) {
                h = 31 * h + text.charAt(i);
            }
            int slot = HashCommon.mix(h) & mask;
            while (t[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            t[slot] = k + 1;
        }
        return t;
    }

    /**
     * Reads a cluster file: one {@code word<TAB>cluster} per line (further columns ignored; empty
     * lines skipped; no comments, since '#' is a word too). Words are lowercased; when two lines give the
     * same lowercased word, the first wins. Convert a Brown-clustering {@code paths} file
     * ({@code bits<TAB>word<TAB>count}) with {@code awk -F'\t' '{print $2"\t"$1}'}.
     */
    public static WordClusters read(Path file) throws IOException {
        // lines into arrays, then a sort of their indexes: no map of half a million entries
        ArrayList<String> words = new ArrayList<>();
        ArrayList<String> clusters = new ArrayList<>();
        HashMap<String, String> clusterNames = new HashMap<>(); // a few hundred names, shared
        try (BufferedReader in = Readers.utf8(file)) {
            String line;
            long lineNo = 0;
            while ((line = in.readLine()) != null) {
                lineNo++;
                if (line.isEmpty()) {
                    continue;
                }
                int tab = line.indexOf('\t');
                int end = tab < 0 ? -1 : line.indexOf('\t', tab + 1);
                String cluster = tab < 0 ? "" : line.substring(tab + 1, end < 0 ? line.length() : end);
                if (tab <= 0 || cluster.isEmpty() || cluster.indexOf('\n') >= 0) {
                    throw new CorpusFormatException(file.toString(), lineNo, "expected word<TAB>cluster");
                }
                String word = line.substring(0, tab).toLowerCase(Locale.ROOT);
                // words with a backslash are left out (2 of egw4-reut.512's 533,628): a leftover of an escaping
                // worry that does not apply (the attachment is raw text), kept because the shipped model was made so
                if (word.indexOf('\\') < 0) {
                    words.add(word);
                    clusters.add(clusterNames.computeIfAbsent(cluster, c -> c));
                }
            }
        }
        if (words.isEmpty()) {
            throw new CorpusFormatException(file.toString(), 0, "no word clusters in the file");
        }
        String[] w = words.toArray(new String[0]);
        int[] order = new int[w.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        // by word, then by line, so that the first of the lines giving the same word comes first and wins
        IntArrays.quickSort(order, (a, b) -> {
            int c = w[a].compareTo(w[b]);
            return c != 0 ? c : Integer.compare(a, b);
        });
        StringBuilder sb = new StringBuilder(w.length * 16);
        String last = null;
        for (int i : order) {
            if (!w[i].equals(last)) {
                sb.append(w[i]).append('\t').append(clusters.get(i)).append('\n');
                last = w[i];
            }
        }
        return parse(sb.toString());
    }

    /** Parses the model attachment; it must be sorted {@code word<TAB>cluster} lines. */
    static WordClusters parse(String text) {
        int lines = 0;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            lines++;
        }
        if (!text.isEmpty() && text.charAt(text.length() - 1) != '\n') {
            throw new IllegalArgumentException(ATTACHMENT + ": truncated (no newline at the end)");
        }
        int[] starts = new int[lines];
        int at = 0;
        for (int k = 0; k < lines; k++) {
            starts[k] = at;
            int tab = text.indexOf('\t', at);
            int nl = text.indexOf('\n', at);
            if (tab <= at || tab > nl - 2) {
                throw new IllegalArgumentException(ATTACHMENT + " line " + (k + 1) + ": expected word<TAB>cluster");
            }
            if (k > 0 && compareWords(text, starts[k - 1], at) >= 0) {
                throw new IllegalArgumentException(ATTACHMENT + " line " + (k + 1) + ": words out of order or repeated");
            }
            at = nl + 1;
        }
        return new WordClusters(text, starts, false);
    }

    /** These clusters looking up words they lack once more with every digit replaced by '9' (see {@link #mapsDigits}). */
    public WordClusters withDigitsMapped() {
        return mapDigits ? this : new WordClusters(text, starts, true);
    }

    /** Whether words absent from the list are looked up again with their digits replaced by '9'. */
    public boolean mapsDigits() {
        return mapDigits;
    }

    /** Compares the words of the lines starting at a and b. */
    private static int compareWords(String text, int a, int b) {
        while (true) {
            char x = text.charAt(a++);
            char y = text.charAt(b++);
            if (x == '\t' || y == '\t') {
                return x == y ? 0 : x == '\t' ? -1 : 1;
            }
            if (x != y) {
                return x - y;
            }
        }
    }

    /** Compares the word of the line starting at a with w (no allocation). */
    private int compare(int a, String w) {
        for (int i = 0; ; i++, a++) {
            char x = text.charAt(a);
            if (x == '\t') {
                return i == w.length() ? 0 : -1;
            }
            if (i == w.length()) {
                return 1;
            }
            char y = w.charAt(i);
            if (x != y) {
                return x - y;
            }
        }
    }

    /** The cluster of a lowercased word, or {@link AutoLexicon#NONE}. */
    public String cluster(String lowerWord) {
        int line = line(lowerWord);
        if (line < 0 && mapDigits) {
            String mapped = digitsTo9(lowerWord);
            if (mapped != lowerWord) {
                line = line(mapped);
            }
        }
        if (line < 0) {
            return AutoLexicon.NONE;
        }
        int tab = text.indexOf('\t', starts[line]);
        return text.substring(tab + 1, text.indexOf('\n', tab));
    }

    /** The word with its ASCII digits replaced by '9'; the same instance when it has no other digit than 9. */
    static String digitsTo9(String w) {
        int i = 0;
        while (i < w.length() && (w.charAt(i) < '0' || w.charAt(i) > '8')) {
            i++;
        }
        if (i == w.length()) {
            return w;
        }
        char[] c = w.toCharArray();
        for (; i < c.length; i++) {
            if (c[i] >= '0' && c[i] <= '8') {
                c[i] = '9';
            }
        }
        return new String(c);
    }

    /** The line of a lowercased word (through the hash index once it is built), or -1. */
    int line(String lowerWord) {
        int[] t = index;
        if (t == null) {
            if (indexing.compareAndSet(false, true)) {
                java.util.concurrent.CompletableFuture.runAsync(this::indexNow);
            }
            return search(lowerWord);
        }
        int mask = t.length - 1;
        for (int slot = HashCommon.mix(lowerWord.hashCode()) & mask; t[slot] != 0; slot = (slot + 1) & mask) {
            int at = starts[t[slot] - 1];
            if (compare(at, lowerWord) == 0) {
                return t[slot] - 1;
            }
        }
        return -1;
    }

    /** Builds and publishes the hash index now (lookups use it from then on). */
    void indexNow() {
        if (index == null) {
            index = buildIndex();
        }
    }

    /** The line of a lowercased word by binary search over the sorted lines, or -1. */
    int search(String lowerWord) {
        int lo = 0;
        int hi = starts.length - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int c = compare(starts[mid], lowerWord);
            if (c < 0) {
                lo = mid + 1;
            } else if (c > 0) {
                hi = mid - 1;
            } else {
                return mid;
            }
        }
        return -1;
    }

    public int size() {
        return starts.length;
    }

    /** Offset in {@link #text} at which a line starts. */
    int start(int line) {
        return starts[line];
    }

    /** The attachment text. */
    String text() {
        return text;
    }
}
