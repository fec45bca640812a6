package org.tagrank.core;

/**
 * Column layout of all-vs-all models: one column per unordered label pair (a, b), a &lt; b,
 * whose positive score votes for a and negative score for b.
 */
public final class Pairs {
    private Pairs() {
    }

    public static int count(int numLabels) {
        return numLabels * (numLabels - 1) / 2;
    }

    /** Column of pair (a, b) with a &lt; b. */
    public static int column(int a, int b, int numLabels) {
        if (a >= b) {
            throw new IllegalArgumentException("pair needs a < b, got " + a + ", " + b);
        }
        return a * numLabels - a * (a + 1) / 2 + (b - a - 1);
    }

    /**
     * Turns pair-column scores into per-label scores: wins, plus a tie-break from the label's summed margins
     * squashed into (-0.25, 0.25), so that it never outweighs the half vote two labels' votes can differ by (squashed
     * into (-0.5, 0.5), label 3 with 1.5 votes beat label 0 with 2). A pair scoring exactly 0 gives each of its
     * labels half a vote, so that an input without evidence (no known feature) ties every label, as under argmax
     * decoding, instead of handing every pair to its second label and the last label, seen in training or not,
     * all K−1 votes.
     */
    public static void votes(double[] columnScores, int numLabels, double[] labelScores) {
        java.util.Arrays.fill(labelScores, 0, numLabels, 0.0);
        int col = 0;
        for (int a = 0; a < numLabels; a++) {
            for (int b = a + 1; b < numLabels; b++) {
                double s = columnScores[col++];
                labelScores[a] += s;
                labelScores[b] -= s;
            }
        }
        for (int y = 0; y < numLabels; y++) {
            labelScores[y] = Math.atan(labelScores[y]) / (2 * Math.PI);
        }
        col = 0;
        for (int a = 0; a < numLabels; a++) {
            for (int b = a + 1; b < numLabels; b++) {
                double s = columnScores[col++];
                if (s > 0) {
                    labelScores[a] += 1;
                } else if (s < 0) {
                    labelScores[b] += 1;
                } else {
                    labelScores[a] += 0.5;
                    labelScores[b] += 0.5;
                }
            }
        }
    }
}
