package org.tagrank.task.rank;

import org.tagrank.core.Ties;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * MCTest accuracy overall and per question type ({@code one}/{@code multiple}), plus MRR. A
 * question scores its credit: 1 or 0 for a ranker, 1/t when the gold ties with t-1 other answers
 * at the top (the expected accuracy of breaking ties at random, used for the baselines).
 */
public final class McTestEval {
    private final double[] credit = new double[2];
    private final long[] count = new long[2];
    private double reciprocalRanks;

    /** Credit for one question given the answer scores and its gold answer; ties share credit. */
    public void add(McTestQuestion q, double[] scores) {
        if (q.gold() < 0) {
            throw new IllegalArgumentException("question without gold answer: " + q.text());
        }
        int t = q.type().ordinal();
        count[t]++;
        credit[t] += credit(scores, q.gold());
        reciprocalRanks += reciprocalRank(scores, q.gold());
    }

    /** 1 when the gold candidate alone scores best, 1/t when it ties with t-1 others at the top, else 0. */
    public static double credit(double[] scores, int gold) {
        return Ties.credit(scores, scores.length, gold);
    }

    /** The expected reciprocal rank of the gold candidate under random tie-breaking among the tied candidates. */
    public static double reciprocalRank(double[] scores, int gold) {
        int[] bt = betterAndTied(scores, gold);
        double rr = 0;
        for (int r = bt[0] + 1; r <= bt[0] + bt[1]; r++) {
            rr += 1.0 / r;
        }
        return rr / bt[1];
    }

    /** How many candidates score above the gold one, and how many score the same (itself included). */
    private static int[] betterAndTied(double[] scores, int gold) {
        double g = scores[gold];
        int better = 0;
        int tied = 0;
        for (double s : scores) {
            if (s > g) {
                better++;
            } else if (s == g) {
                tied++;
            }
        }
        return new int[]{better, tied};
    }

    public long n() {
        return count[0] + count[1];
    }

    public double accuracy() {
        return (credit[0] + credit[1]) / n();
    }

    public double accuracy(McTestQuestion.Type type) {
        int t = type.ordinal();
        return count[t] == 0 ? Double.NaN : credit[t] / count[t];
    }

    public double mrr() {
        return reciprocalRanks / n();
    }

    /** n, accuracy, accuracy_one, accuracy_multiple, n_one, n_multiple, mrr. */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("n", n());
        m.put("accuracy", accuracy());
        m.put("accuracy_one", accuracy(McTestQuestion.Type.ONE));
        m.put("accuracy_multiple", accuracy(McTestQuestion.Type.MULTIPLE));
        m.put("n_one", count[0]);
        m.put("n_multiple", count[1]);
        m.put("mrr", mrr());
        return m;
    }

    /** The figures, for printing ({@link #toMap} for all of them). */
    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "McTestEval[n=%d, accuracy=%.4f, accuracy_one=%.4f, "
                + "accuracy_multiple=%.4f, mrr=%.4f]", n(), accuracy(), accuracy(McTestQuestion.Type.ONE),
                accuracy(McTestQuestion.Type.MULTIPLE), mrr());
    }
}
