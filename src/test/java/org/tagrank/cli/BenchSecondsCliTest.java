package org.tagrank.cli;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * {@code bench --seconds} was only checked for > 0: {@code Infinity} or {@code 1e9} measured until killed. It is now
 * a usage error outside (0, 3600], as NaN and 0 were.
 */
class BenchSecondsCliTest {
    @Test
    void secondsMustBeAtMostAnHour() {
        for (String s : new String[]{"0", "-1", "NaN", "Infinity", "3600.5", "1e9"}) {
            RankCliTest.Run r = RankCliTest.run("bench", "--task", "pos", "--seconds", s, "--data", CliTest.DEV);
            assertEquals("tagrank: --seconds must be > 0 and at most 3600 (an hour)\n", r.err(), s);
            assertEquals(ExitCodes.USAGE, r.code(), s);
        }
    }
}
