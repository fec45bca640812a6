package org.tagrank.task.pos;

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

    /** The sorted {@code word<TAB>cluster} lines. */
    private final SortedWordTable table;
    /**
     * Whether a word absent from the list is looked up again with its digits replaced by '9' (as
     * CoreNLP's distsim lookup does with {@code mapdigits}: egw4-reut.512 lists "9,999" and "99:99", not
     * the numbers themselves).
     */
    private final boolean mapDigits;

    private WordClusters(SortedWordTable table, boolean mapDigits) {
        this.table = table;
        this.mapDigits = mapDigits;
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
            throw new CorpusFormatException(file.toString(), 1, "no word clusters in the file"); // lines count from 1
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
        return parse(text, ATTACHMENT);
    }

    /** As {@link #parse(String)}, errors naming the attachment (clusters2.tsv's were reported as clusters.tsv's). */
    static WordClusters parse(String text, String attachment) {
        return new WordClusters(SortedWordTable.parse(text, attachment), false);
    }

    /** These clusters looking up words they lack once more with every digit replaced by '9' (see {@link #mapsDigits}). */
    public WordClusters withDigitsMapped() {
        return mapDigits ? this : new WordClusters(table, true);
    }

    /** Whether words absent from the list are looked up again with their digits replaced by '9'. */
    public boolean mapsDigits() {
        return mapDigits;
    }

    /** The cluster of a lowercased word, or {@link #ABSENT}. */
    public String cluster(String lowerWord) {
        int line = table.line(lowerWord);
        if (line < 0 && mapDigits) {
            String mapped = digitsTo9(lowerWord);
            if (mapped != lowerWord) {
                line = table.line(mapped);
            }
        }
        return line < 0 ? ABSENT : table.value(line);
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

    /** The line of a lowercased word, or -1 (without digit mapping; for tests of the index). */
    int line(String lowerWord) {
        return table.line(lowerWord);
    }

    /** Builds the hash index now (tests). */
    void indexNow() {
        table.indexNow();
    }

    /** The line of a lowercased word by binary search, or -1 (tests). */
    int search(String lowerWord) {
        return table.search(lowerWord);
    }

    public int size() {
        return table.size();
    }

    /** The attachment text. */
    String text() {
        return table.text();
    }
}
