package org.tagrank.task.rank;

import java.util.Set;

/**
 * The two baseline scores of Richardson et al. (2013), over surface words or stems.
 * <ul>
 * <li>Sliding window (SW): the best sum of IC weights of the tokens in S inside a window of |S|
 *     tokens sliding over the story, where S is the question's and answer's tokens.</li>
 * <li>Distance (D): the fewest tokens between a question content word and an answer content word
 *     (not in the question) in the story, divided by (story length - 1); 1 when either set is empty.</li>
 * </ul>
 */
public final class LexicalScores {
    private LexicalScores() {
    }

    /** SW over the whole story with window {@code window}. */
    public static double slidingWindow(StoryIndex story, Set<String> s, int window, boolean stemmed) {
        return slidingWindow(story, s, window, stemmed, 0, story.size());
    }

    /** SW restricted to tokens {@code [from, to)}. */
    public static double slidingWindow(StoryIndex story, Set<String> s, int window, boolean stemmed, int from, int to) {
        String[] p = story.tokens(stemmed);
        int n = to - from;
        if (n <= 0 || s.isEmpty() || window < 1) {
            return 0;
        }
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            String t = p[from + i];
            w[i] = s.contains(t) ? story.ic(t, stemmed) : 0;
        }
        return bestWindow(w, window);
    }

    /**
     * The best sum of {@code w} over windows {@code [j, j + window)} starting at every position
     * (the last ones cut at the end). The positive weights in a window are added in sorted order, so
     * windows holding the same words give bit-equal sums and ties between answers stay ties (a
     * running sum would drift by rounding).
     */
    static double bestWindow(double[] w, int window) {
        int n = w.length;
        double best = 0;
        double[] in = new double[Math.max(0, Math.min(window, n))];
        for (int j = 0; j < n; j++) {
            int m = 0;
            for (int i = j; i < Math.min(n, j + window); i++) {
                if (w[i] > 0) {
                    in[m++] = w[i];
                }
            }
            java.util.Arrays.sort(in, 0, m);
            double sum = 0;
            for (int i = 0; i < m; i++) {
                sum += in[i];
            }
            best = Math.max(best, sum);
        }
        return best;
    }

    /** D: normalised distance between question and answer words; 1 when it cannot be measured. */
    public static double distance(StoryIndex story, Set<String> question, Set<String> answer, boolean stemmed) {
        String[] p = story.tokens(stemmed);
        if (question.isEmpty() || answer.isEmpty() || p.length < 2) {
            return 1.0;
        }
        int lastQ = -1;
        int lastA = -1;
        int best = Integer.MAX_VALUE;
        for (int i = 0; i < p.length; i++) {
            // a token in both sets cannot occur: answer words exclude question words
            if (question.contains(p[i])) {
                lastQ = i;
                if (lastA >= 0) {
                    best = Math.min(best, i - lastA);
                }
            } else if (answer.contains(p[i])) {
                lastA = i;
                if (lastQ >= 0) {
                    best = Math.min(best, i - lastQ);
                }
            }
        }
        return best == Integer.MAX_VALUE ? 1.0 : best / (double) (p.length - 1);
    }
}
