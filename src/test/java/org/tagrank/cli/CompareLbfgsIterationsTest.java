package org.tagrank.cli;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * compare runs lr-lbfgs for 10 times --epochs iterations. From --epochs 214748365 up that product overflowed an int
 * and the row silently ran the floor of 50 iterations; it is now capped at the largest int.
 */
class CompareLbfgsIterationsTest {

    @Test
    void aLargeEpochCountIsNotTurnedIntoFiftyIterations() {
        BadInputCliTest.Run r = BadInputCliTest.run("compare", "--task", "rank", "--data", BadInputCliTest.RANK.toString(),
                "--test", BadInputCliTest.RANK.toString(), "--learners", "lr-lbfgs", "--epochs", "300000000");
        assertEquals(ExitCodes.OK, r.code(), r.err());
        assertTrue(r.err().contains("epoch 1/" + Integer.MAX_VALUE + " "), r.err());
    }
}
