package org.tagrank.task.pos;

import it.unimi.dsi.fastutil.longs.Long2IntOpenHashMap;
import it.unimi.dsi.fastutil.longs.LongArrays;
import it.unimi.dsi.fastutil.objects.Object2IntMap;
import it.unimi.dsi.fastutil.objects.Object2IntOpenHashMap;

import java.util.List;
import java.util.Locale;

/**
 * What {@link ExchangeClustering} needs of a tokenized corpus: the lowercased words seen at least
 * {@code minCount} times (the words to cluster, most frequent first, ties by word) and, for each,
 * how often each context surrounds it. A context is the word just before (left side) or just after
 * (right side); only the {@code maxContexts} most frequent words are contexts of their own, rarer
 * words share one context per side, and the sentence boundaries are a context each.
 * Immutable once built.
 */
public final class ClusterCorpus {
    final String[] words;
    final int[] counts;
    /** Contexts per side: the context words, the shared rare-word context, the sentence boundary. */
    final int sideContexts;
    /** Word w's contexts are ctx[ctxStart[w] .. ctxStart[w + 1]), occurring ctxCount times (left side first). */
    final int[] ctxStart;
    final int[] ctx;
    final int[] ctxCount;
    final long tokens;

    private ClusterCorpus(String[] words, int[] counts, int sideContexts, int[] ctxStart, int[] ctx, int[] ctxCount,
                          long tokens) {
        this.words = words;
        this.counts = counts;
        this.sideContexts = sideContexts;
        this.ctxStart = ctxStart;
        this.ctx = ctx;
        this.ctxCount = ctxCount;
        this.tokens = tokens;
    }

    /**
     * Counts the words and their contexts (two passes over the sentences).
     *
     * @param minCount    occurrences a lowercased word needs to be clustered (>= 1)
     * @param maxContexts how many of the most frequent words are contexts of their own (>= 1)
     */
    public static ClusterCorpus of(List<? extends List<String>> sentences, int minCount, int maxContexts) {
        return of(sentences, minCount, maxContexts, false);
    }

    /**
     * The same, with every digit replaced by '9' when {@code mapDigits} (numbers of one shape are one
     * word, as for {@code --param clusters.digits=true}).
     */
    public static ClusterCorpus of(List<? extends List<String>> sentences, int minCount, int maxContexts, boolean mapDigits) {
        if (minCount < 1 || maxContexts < 1) {
            throw new IllegalArgumentException("minCount and maxContexts must be >= 1, got " + minCount + ", " + maxContexts);
        }
        Object2IntOpenHashMap<String> freq = new Object2IntOpenHashMap<>();
        long tokens = 0;
        for (List<String> s : sentences) {
            for (String w : s) {
                freq.addTo(norm(w, mapDigits), 1);
            }
            tokens += s.size();
        }
        String[] words = freq.object2IntEntrySet().stream().filter(e -> e.getIntValue() >= minCount && usable(e.getKey()))
                .sorted((a, b) -> a.getIntValue() != b.getIntValue() ? Integer.compare(b.getIntValue(), a.getIntValue())
                        : a.getKey().compareTo(b.getKey()))
                .map(Object2IntMap.Entry::getKey).toArray(String[]::new);
        if (words.length == 0) {
            throw new IllegalArgumentException("no word occurs " + minCount + " times: nothing to cluster");
        }
        int[] counts = new int[words.length];
        Object2IntOpenHashMap<String> id = new Object2IntOpenHashMap<>(words.length);
        id.defaultReturnValue(-1);
        for (int i = 0; i < words.length; i++) {
            id.put(words[i], i);
            counts[i] = freq.getInt(words[i]);
        }
        freq = null;
        int own = Math.min(maxContexts, words.length);
        int side = own + 2; // + rare words + boundary
        int rare = own;
        int boundary = own + 1;
        Long2IntOpenHashMap pairs = new Long2IntOpenHashMap();
        int[] ids = new int[16];
        for (List<String> s : sentences) {
            int n = s.size();
            if (ids.length < n) {
                ids = new int[Math.max(n, 2 * ids.length)];
            }
            for (int i = 0; i < n; i++) {
                ids[i] = id.getInt(norm(s.get(i), mapDigits));
            }
            for (int i = 0; i < n; i++) {
                int w = ids[i];
                if (w < 0) {
                    continue;
                }
                int left = i == 0 ? boundary : ids[i - 1] < 0 || ids[i - 1] >= own ? rare : ids[i - 1];
                int right = i == n - 1 ? boundary : ids[i + 1] < 0 || ids[i + 1] >= own ? rare : ids[i + 1];
                long base = (long) w * (2L * side);
                pairs.addTo(base + left, 1);
                pairs.addTo(base + side + right, 1);
            }
        }
        long[] keys = pairs.keySet().toLongArray();
        LongArrays.radixSort(keys);
        int[] ctxStart = new int[words.length + 1];
        int[] ctx = new int[keys.length];
        int[] ctxCount = new int[keys.length];
        for (int k = 0; k < keys.length; k++) {
            int w = (int) (keys[k] / (2L * side));
            ctx[k] = (int) (keys[k] % (2L * side));
            ctxCount[k] = pairs.get(keys[k]);
            ctxStart[w + 1]++;
        }
        for (int w = 0; w < words.length; w++) {
            ctxStart[w + 1] += ctxStart[w];
        }
        return new ClusterCorpus(words, counts, side, ctxStart, ctx, ctxCount, tokens);
    }

    private static String norm(String w, boolean mapDigits) {
        String l = w.toLowerCase(Locale.ROOT);
        return mapDigits ? WordClusters.digitsTo9(l) : l;
    }

    /** Whether a word can be a line of a cluster file (no TAB or line break). */
    private static boolean usable(String w) {
        return !w.isEmpty() && w.indexOf('\t') < 0 && w.indexOf('\n') < 0 && w.indexOf('\r') < 0;
    }

    /** Number of words to cluster. */
    public int size() {
        return words.length;
    }

    /** Number of (word, context) pairs with a count. */
    public int pairs() {
        return ctx.length;
    }

    /** Tokens read (all words, clustered or not). */
    public long tokens() {
        return tokens;
    }

    public String word(int i) {
        return words[i];
    }

    public int count(int i) {
        return counts[i];
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%,d tokens, %,d words to cluster, %,d contexts per side, %,d word-context pairs",
                tokens, words.length, sideContexts, ctx.length);
    }
}
