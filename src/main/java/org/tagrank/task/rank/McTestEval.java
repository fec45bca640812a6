package org.tagrank.task.rank;

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
        double g = scores[q.gold()];
        int better = 0;
        int tied = 0;
        for (int i = 0; i < scores.length; i++) {
            if (scores[i] > g) {
                better++;
            } else if (scores[i] == g) {
                tied++;
            }
        }
        int t = q.type().ordinal();
        count[t]++;
        credit[t] += better == 0 ? 1.0 / tied : 0.0;
        // expected reciprocal rank under random tie-breaking among the tied answers
        double rr = 0;
        for (int r = better + 1; r <= better + tied; r++) {
            rr += 1.0 / r;
        }
        reciprocalRanks += rr / tied;
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
}
