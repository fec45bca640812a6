package org.tagrank.cli;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * {@code --l2 1e999} (or Infinity) was refused with "--l2 must be >= 0, got Infinity", a condition the value meets;
 * the message now says what is wrong with it. The same for --learning-rate.
 */
class InfiniteSettingsTest {

    private static BadInputCliTest.Run train(String... extra) {
        String[] base = {"train", "--task", "rank", "--data", BadInputCliTest.RANK.toString(), "--learner", "lr",
                "--quiet", "--out", "never.lin.zip"};
        String[] args = java.util.Arrays.copyOf(base, base.length + extra.length);
        System.arraycopy(extra, 0, args, base.length, extra.length);
        return BadInputCliTest.run(args);
    }

    @Test
    void infiniteValuesAreCalledInfinite() {
        BadInputCliTest.Run l2 = train("--l2", "1e999");
        assertEquals(ExitCodes.USAGE, l2.code(), l2.err());
        assertEquals("tagrank: --l2 must be finite, got Infinity\n", l2.err());
        BadInputCliTest.Run rate = train("--learning-rate", "Infinity");
        assertEquals(ExitCodes.USAGE, rate.code(), rate.err());
        assertEquals("tagrank: --learning-rate must be finite, got Infinity\n", rate.err());
        BadInputCliTest.Run negative = train("--l2", "-1");
        assertEquals("tagrank: --l2 must be >= 0, got -1.0\n", negative.err(), "other values keep their message");
    }
}
