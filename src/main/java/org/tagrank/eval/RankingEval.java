package org.tagrank.eval;

import java.util.LinkedHashMap;
import java.util.Map;

/** Precision@1 (accuracy) and mean reciprocal rank over ranked candidate lists. */
public final class RankingEval {
    private long n;
    private long top1;
    private double reciprocalRanks;

    /** Records one example whose gold candidate came at {@code rank} (1-based; 0 = not ranked at all). */
    public void add(int rank) {
        if (rank < 0) {
            throw new IllegalArgumentException("rank must be >= 0, got " + rank);
        }
        n++;
        if (rank == 1) {
            top1++;
        }
        if (rank > 0) {
            reciprocalRanks += 1.0 / rank;
        }
    }

    /**
     * The 1-based rank of {@code gold} under the scores; ties are broken as argmax breaks them
     * (lower index first), so rank 1 means the argmax is gold.
     */
    public static int rankOf(double[] scores, int n, int gold) {
        int rank = 1;
        for (int i = 0; i < n; i++) {
            if (scores[i] > scores[gold] || (i < gold && scores[i] == scores[gold])) {
                rank++;
            }
        }
        return rank;
    }

    public long total() {
        return n;
    }

    public long correct() {
        return top1;
    }

    public double accuracy() {
        return n == 0 ? Double.NaN : top1 / (double) n;
    }

    public double mrr() {
        return n == 0 ? Double.NaN : reciprocalRanks / n;
    }

    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("n", n);
        m.put("accuracy", accuracy());
        m.put("mrr", mrr());
        return m;
    }
}
