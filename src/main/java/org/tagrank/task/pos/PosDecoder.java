package org.tagrank.task.pos;

import it.unimi.dsi.fastutil.objects.Object2ObjectOpenHashMap;
import org.tagrank.core.SparseRows;

import java.util.Arrays;
import java.util.List;

/**
 * The decoding core of a {@link PosTagger}: scores tokens through the feature-id table and the sparse
 * weight rows, and decodes greedily or with a beam under the tag dictionary and the user lexicon.
 * Immutable; all scratch space is per call.
 */
final class PosDecoder {
    private final FeatureTable table;
    private final Lookups lookups;
    private final SparseRows rowsOfWeights;
    private final Object2ObjectOpenHashMap<String, int[]> lexicon;
    private final int numTags;

    PosDecoder(FeatureTable table, Lookups lookups, Object2ObjectOpenHashMap<String, int[]> lexicon, int numTags) {
        this.table = table;
        this.lookups = lookups;
        this.rowsOfWeights = lookups.weights();
        this.lexicon = lexicon;
        this.numTags = numTags;
    }

    Lookups lookups() {
        return lookups;
    }

    /**
     * What the tagger precomputes once per model and shares with its lexicon/beam variants: the
     * sparse weight rows, and the tag dictionary by vocabulary id, so that decoding a known word
     * needs no hash lookup beyond its feature row.
     */
    record Lookups(SparseRows weights, int[] fixedByVocab, int[][] allowedByVocab, ScoreCache scores) {
        static Lookups build(SparseRows rows, int numTags, FeatureTable table, TagDictionary dictionary) {
            int size = table.vocabularySize();
            int[] fixed = new int[size];
            int[][] allowed = new int[size][];
            Arrays.fill(fixed, -1);
            for (String word : dictionary.words()) {
                int v = table.vocabId(word);
                if (v >= 0) {
                    fixed[v] = dictionary.fixedTag(word);
                    allowed[v] = dictionary.allowed(word);
                }
            }
            return new Lookups(rows, fixed, allowed, new ScoreCache(table, rows, numTags));
        }
    }


    FeatureTable.Row[] rows(List<String> words) {
        return table.rows(words);
    }

    /** Scores of the word features of token i (independent of the tag history) into s; buf: scratch ids. */
    void baseScores(FeatureTable.Row[] rows, int i, float[] s, int[] buf) {
        ScoreCache cache = lookups.scores();
        cache.setOwn(rows[i], s, buf);
        cache.addNeighbours(rows, i, s, buf);
        int n = table.collectPairs(rows, i, buf, 0);
        for (int k = 0; k < n; k++) {
            addRow(buf[k], s);
        }
    }

    void historyScores(FeatureTable.Row[] rows, int i, int prev, int prev2, float[] s, int[] buf) {
        lookups.scores().addHistory(prev, prev2, s);
        int n = table.collectTagWords(rows, i, prev, buf, 0);
        for (int k = 0; k < n; k++) {
            addRow(buf[k], s);
        }
    }

    private void addRow(int id, float[] s) {
        rowsOfWeights.addRow(id, s);
    }

    int fixedTag(String word, FeatureTable.Row row) {
        if (lexicon != null) {
            int[] lex = lexicon.get(word);
            if (lex != null) {
                return lex.length == 1 ? lex[0] : -1;
            }
        }
        int v = row.vocabId();
        return v >= 0 && v < lookups.fixedByVocab().length ? lookups.fixedByVocab()[v] : -1;
    }

    boolean inLexicon(String word) {
        return lexicon != null && lexicon.containsKey(word);
    }

    int[] allowedTags(String word, FeatureTable.Row row) {
        if (lexicon != null) {
            int[] lex = lexicon.get(word);
            if (lex != null) {
                return lex;
            }
        }
        int v = row.vocabId();
        return v >= 0 && v < lookups.allowedByVocab().length ? lookups.allowedByVocab()[v] : null;
    }

    private static int argmax(float[] s, int[] allowed) {
        if (allowed != null) {
            int best = allowed[0];
            for (int k = 1; k < allowed.length; k++) {
                if (s[allowed[k]] > s[best]) {
                    best = allowed[k];
                }
            }
            return best;
        }
        int best = 0;
        for (int y = 1; y < s.length; y++) {
            if (s[y] > s[best]) {
                best = y;
            }
        }
        return best;
    }

    /** Greedy left-to-right decoding; when scoresOut is given, every token is scored into it (n×K). */
    int[] greedy(List<String> words, float[] scoresOut) {
        return greedy(words, rows(words), scoresOut);
    }

    /** As {@link #greedy(List, float[])} over the words' rows ({@link #rows}). */
    int[] greedy(List<String> words, FeatureTable.Row[] rows, float[] scoresOut) {
        int n = words.size();
        int[] out = new int[n];
        float[] s = new float[numTags];
        int[] buf = new int[table.maxFeatures()];
        int prev = numTags;
        int prev2 = numTags;
        for (int i = 0; i < n; i++) {
            String word = words.get(i);
            int fixed = fixedTag(word, rows[i]);
            if (fixed >= 0 && scoresOut == null) {
                out[i] = fixed;
            } else {
                baseScores(rows, i, s, buf);
                historyScores(rows, i, prev, prev2, s, buf);
                out[i] = fixed >= 0 ? fixed : argmax(s, allowedTags(word, rows[i]));
                if (scoresOut != null) {
                    System.arraycopy(s, 0, scoresOut, i * numTags, numTags);
                }
            }
            prev2 = prev;
            prev = out[i];
        }
        return out;
    }

    /**
     * Beam search over tag histories, returning the best {@code k} (&lt;= width) final hypotheses;
     * the word-feature scores of a token are shared by all hypotheses.
     */
    int[][] beam(List<String> words, int width, int k) {
        return beam(words, rows(words), width, k);
    }

    /** As {@link #beam(List, int, int)} over the words' rows ({@link #rows}). */
    int[][] beam(List<String> words, FeatureTable.Row[] rows, int width, int k) {
        int n = words.size();
        int b = width;
        float[] base = new float[numTags];
        float[] s = new float[numTags];
        int[] buf = new int[table.maxFeatures()];
        int[] prev = new int[b];
        int[] prev2 = new int[b];
        double[] score = new double[b];
        int size = 1;
        prev[0] = numTags;
        prev2[0] = numTags;
        int[][] back = new int[n][b];
        int[][] tagAt = new int[n][b];
        int[] nPrev = new int[b];
        int[] nPrev2 = new int[b];
        double[] nScore = new double[b];
        int[] nBack = new int[b];
        for (int i = 0; i < n; i++) {
            String word = words.get(i);
            int fixed = fixedTag(word, rows[i]);
            int[] allowed = fixed >= 0 ? new int[]{fixed} : allowedTags(word, rows[i]);
            baseScores(rows, i, base, buf);
            int nSize = 0;
            for (int h = 0; h < size; h++) {
                System.arraycopy(base, 0, s, 0, numTags);
                historyScores(rows, i, prev[h], prev2[h], s, buf);
                int count = allowed != null ? allowed.length : numTags;
                for (int a = 0; a < count; a++) {
                    int y = allowed != null ? allowed[a] : a;
                    double c = score[h] + s[y];
                    if (nSize < b || c > nScore[nSize - 1]) {
                        int pos = nSize < b ? nSize++ : nSize - 1;
                        while (pos > 0 && nScore[pos - 1] < c) { // keep sorted, best first
                            nScore[pos] = nScore[pos - 1];
                            nPrev[pos] = nPrev[pos - 1];
                            nPrev2[pos] = nPrev2[pos - 1];
                            nBack[pos] = nBack[pos - 1];
                            pos--;
                        }
                        nScore[pos] = c;
                        nPrev[pos] = y;
                        nPrev2[pos] = prev[h];
                        nBack[pos] = h;
                    }
                }
            }
            for (int h = 0; h < nSize; h++) {
                back[i][h] = nBack[h];
                tagAt[i][h] = nPrev[h];
                prev[h] = nPrev[h];
                prev2[h] = nPrev2[h];
                score[h] = nScore[h];
            }
            size = nSize;
        }
        int[][] result = new int[Math.min(k, size)][];
        for (int r = 0; r < result.length; r++) {
            int[] out = new int[n];
            int h = r;
            for (int i = n - 1; i >= 0; i--) {
                out[i] = tagAt[i][h];
                h = back[i][h];
            }
            result[r] = out;
        }
        return result;
    }

    double sequenceScore(List<String> words, int[] seq) {
        FeatureTable.Row[] rows = rows(words);
        float[] s = new float[numTags];
        int[] buf = new int[table.maxFeatures()];
        double total = 0;
        int prev = numTags;
        int prev2 = numTags;
        for (int i = 0; i < seq.length; i++) {
            baseScores(rows, i, s, buf);
            historyScores(rows, i, prev, prev2, s, buf);
            total += s[seq[i]];
            prev2 = prev;
            prev = seq[i];
        }
        return total;
    }
}
