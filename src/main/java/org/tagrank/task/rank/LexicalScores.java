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
        // windows start at every token; the last ones run past the end and are shorter
        double sum = 0;
        for (int i = 0; i < Math.min(window, n); i++) {
            sum += w[i];
        }
        double best = sum;
        for (int j = 1; j < n; j++) {
            sum -= w[j - 1];
            if (j + window - 1 < n) {
                sum += w[j + window - 1];
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
