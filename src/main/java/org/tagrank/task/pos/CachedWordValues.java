package org.tagrank.task.pos;

import it.unimi.dsi.fastutil.objects.Object2ObjectOpenHashMap;

import java.util.List;

/**
 * Word-function values and word-template feature names made once per word type, for extracting
 * training features: every function depends on the word and the word sources only, so these are
 * the strings {@link PosFeatures.Computed} makes, without recomputing them at each token (a cluster
 * lookup is a binary search over half a million words; names repeated as the same String objects
 * also keep their hash codes). One instance per word sources; not thread-safe.
 */
final class CachedWordValues implements PosFeatures.Values {
    private static final int FUNCTIONS = WordFunction.values().length;

    private final WordSources src;
    private final List<PosTemplates.WordTemplate> wordTemplates;
    /** Per word: its values by function ordinal, then its feature names by word template (filled on first use). */
    private final Object2ObjectOpenHashMap<String, String[]> byWord = new Object2ObjectOpenHashMap<>();
    private final String[] left;
    private final String[] right;

    CachedWordValues(PosTemplates templates, WordSources src) {
        this.src = src;
        this.wordTemplates = templates.wordTemplates();
        this.left = boundary(PosTemplates.BOUNDARY_LEFT);
        this.right = boundary(PosTemplates.BOUNDARY_RIGHT);
    }

    private String[] boundary(String marker) {
        String[] e = new String[FUNCTIONS + wordTemplates.size()];
        java.util.Arrays.fill(e, 0, FUNCTIONS, marker);
        return e;
    }

    private String[] entry(List<String> words, int j) {
        if (j < 0) {
            return left;
        }
        if (j >= words.size()) {
            return right;
        }
        return byWord.computeIfAbsent(words.get(j), w -> new String[FUNCTIONS + wordTemplates.size()]);
    }

    private String value(String[] e, WordFunction f, List<String> words, int j) {
        String v = e[f.ordinal()];
        if (v == null) { // only inside the sentence: boundary entries are full
            v = f.apply(words.get(j), src);
            e[f.ordinal()] = v;
        }
        return v;
    }

    @Override
    public String value(PosTemplates.WordTemplate wt, List<String> words, int i) {
        int j = i + wt.offset();
        return value(entry(words, j), wt.function(), words, j);
    }

    /** Per word, its n-gram features. */
    private final Object2ObjectOpenHashMap<String, List<String>> ngramsByWord = new Object2ObjectOpenHashMap<>();

    @Override
    public List<String> ngrams(PosTemplates t, List<String> words, int i) {
        String w = words.get(i);
        List<String> g = ngramsByWord.get(w);
        if (g == null) {
            g = t.ngramFeatures(w, src);
            ngramsByWord.put(w, g);
        }
        return g;
    }

    @Override
    public String name(int k, PosTemplates.WordTemplate wt, List<String> words, int i) {
        int j = i + wt.offset();
        String[] e = entry(words, j);
        String n = e[FUNCTIONS + k];
        if (n == null) {
            n = PosFeatures.wordFeature(wt, value(e, wt.function(), words, j));
            e[FUNCTIONS + k] = n;
        }
        return n;
    }
}
