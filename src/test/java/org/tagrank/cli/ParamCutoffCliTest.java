package org.tagrank.cli;

import org.junit.jupiter.api.Test;

/**
 * {@code train --param cutoff=2}: task classify said to use {@code --cutoff N}; task pos listed its parameters without
 * saying where the cutoff is set, and the other tasks said it was unknown. Every task now says the same.
 */
class ParamCutoffCliTest {
    @Test
    void everyTaskPointsToTheCutoffOption() {
        for (String task : new String[]{"pos", "classify", "rank", "mctest", "link"}) {
            RankCliTest.assertUsage("train takes --cutoff N, not --param cutoff=N",
                    "train", "--task", task, "--data", CliTest.TRAIN, "--param", "cutoff=2", "--out", "/tmp/never.lin.zip");
        }
    }
}
