package org.tagrank.core;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * All-vs-all label scores are votes plus a tie-break from the summed margins. Since a pair scoring exactly 0 gives
 * half votes, votes differ by 0.5, but the tie-break spanned (-0.5, 0.5): a label with half a vote less won on its
 * margins (4 labels: 2 votes for label 0, 1.5 for label 3, and label 3 decoded). The tie-break must only break ties.
 */
class PairVotesTieBreakTest {

    @Test
    void theLabelWithMostVotesWinsWhateverTheMargins() {
        // columns (0,1), (0,2), (0,3), (1,2), (1,3), (2,3): votes 2, 1.5, 1, 1.5; label 3's margins are far larger
        double[] cols = {9, -28, 0.35, 0.35, 0, -35.5};
        double[] s = new double[4];
        Pairs.votes(cols, 4, s);
        for (int y = 1; y < 4; y++) {
            assertTrue(s[0] > s[y], "label 0 (2 votes) against label " + y + ": " + java.util.Arrays.toString(s));
        }
    }

    @Test
    void tiedVotesAreStillBrokenByTheMargins() {
        double[] s = new double[3];
        Pairs.votes(new double[]{0.2, -0.3, 5}, 3, s); // one vote each; summed margins -0.1, 4.8, -4.7
        assertTrue(s[1] > s[0] && s[0] > s[2], java.util.Arrays.toString(s));
    }
}
