package org.tagrank.task.pos;

import org.tagrank.core.LabelSet;
import org.tagrank.core.ScoredOutput;
import org.tagrank.core.Softmax;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * {@link PosTagger}'s tag probabilities: the softmax of a token's scores over the tags the decoder
 * may give it (the one the user lexicon or tag dictionary fixes, the ones they allow, else every
 * tag), per token in the greedy context ({@link #topK}) or along a given sequence
 * ({@link #ofSequence}). Immutable; the words are checked by the caller.
 */
final class TagProbabilities {
    private final PosDecoder decoder;
    private final FeatureTable table;
    private final LabelSet tags;
    private final int numTags;

    TagProbabilities(PosDecoder decoder, FeatureTable table, LabelSet tags) {
        this.decoder = decoder;
        this.table = table;
        this.tags = tags;
        this.numTags = tags.size();
    }

    /** See {@link PosTagger#tagProbabilities}. */
    double[] ofSequence(List<String> words, List<String> sequence) {
        int n = words.size();
        if (sequence.size() != n) {
            throw new IllegalArgumentException(sequence.size() + " tags for " + n + " words");
        }
        FeatureTable.Row[] rows = decoder.rows(words);
        float[] s = new float[numTags];
        double[] ds = new double[numTags];
        double[] p = new double[numTags];
        double[] out = new double[n];
        int[] buf = new int[table.maxFeatures()];
        int prev = numTags;
        int prev2 = numTags;
        for (int i = 0; i < n; i++) {
            int y = tags.indexOf(sequence.get(i));
            if (y < 0) {
                throw new IllegalArgumentException("tag '" + sequence.get(i) + "' is not in the model's tag set");
            }
            decoder.baseScores(rows, i, s, buf);
            decoder.historyScores(rows, i, prev, prev2, s, buf);
            int[] allowed = choices(words.get(i), rows[i]);
            int m = allowed == null ? numTags : allowed.length;
            int at = -1;
            for (int c = 0; c < m; c++) {
                int t = allowed == null ? c : allowed[c];
                ds[c] = s[t];
                if (t == y) {
                    at = c;
                }
            }
            Softmax.apply(ds, m, p);
            out[i] = at < 0 ? 0.0 : p[at];
            prev2 = prev;
            prev = y;
        }
        return out;
    }

    /** See {@link PosTagger#topK}; k >= 1. */
    List<List<ScoredOutput>> topK(List<String> words, int k) {
        int n = words.size();
        float[] scores = new float[n * numTags];
        FeatureTable.Row[] rows = decoder.rows(words);
        decoder.greedy(words, rows, scores);
        List<List<ScoredOutput>> out = new ArrayList<>(n);
        double[] s = new double[numTags];
        double[] p = new double[numTags];
        for (int i = 0; i < n; i++) {
            int[] allowed = choices(words.get(i), rows[i]);
            int m = allowed == null ? numTags : allowed.length;
            Integer[] order = new Integer[m];
            for (int c = 0; c < m; c++) {
                int y = allowed == null ? c : allowed[c];
                s[c] = scores[i * numTags + y];
                order[c] = y;
            }
            Softmax.apply(s, m, p);
            final double[] ps = new double[numTags];
            final double[] ss = new double[numTags];
            for (int c = 0; c < m; c++) {
                ps[order[c]] = p[c];
                ss[order[c]] = s[c];
            }
            Arrays.sort(order, Comparator.comparingDouble((Integer y) -> -ss[y]).thenComparingInt(y -> y));
            List<ScoredOutput> row = new ArrayList<>(Math.min(k, m));
            for (int r = 0; r < Math.min(k, m); r++) {
                row.add(new ScoredOutput(order[r], tags.label(order[r]), ss[order[r]], ps[order[r]]));
            }
            out.add(List.copyOf(row));
        }
        return List.copyOf(out);
    }

    /** See {@link PosTagger#allowedTags}; i is a token of the words. */
    AllowedTags allowed(List<String> words, int i) {
        String word = words.get(i);
        FeatureTable.Row row = decoder.rows(words)[i];
        int fixed = decoder.fixedTag(word, row);
        int[] ids = fixed >= 0 ? new int[]{fixed} : decoder.allowedTags(word, row);
        if (ids == null) {
            return new AllowedTags(AllowedTags.Source.MODEL, tags.labels());
        }
        List<String> labels = new ArrayList<>(ids.length);
        for (int id : ids) {
            labels.add(tags.label(id));
        }
        return new AllowedTags(decoder.inLexicon(word) ? AllowedTags.Source.LEXICON : AllowedTags.Source.TAG_DICTIONARY,
                labels);
    }

    /**
     * The tags the decoder may give a word, ascending: the one the lexicon or tag dictionary fixes,
     * the ones they allow, or null for every tag.
     */
    private int[] choices(String word, FeatureTable.Row row) {
        int fixed = decoder.fixedTag(word, row);
        if (fixed >= 0) {
            return new int[]{fixed};
        }
        int[] allowed = decoder.allowedTags(word, row);
        if (allowed == null) {
            return null;
        }
        int[] sorted = allowed.clone();
        Arrays.sort(sorted);
        return sorted;
    }
}
