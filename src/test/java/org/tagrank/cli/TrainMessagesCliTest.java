package org.tagrank.cli;

import org.junit.jupiter.api.Test;

/**
 * {@code train --param cutoff=2}: task classify said to use {@code --cutoff N}; task pos listed its parameters without
 * saying where the cutoff is set, and the other tasks said it was unknown. Every task now says the same.
 */
class TrainMessagesCliTest {
    @Test
    void everyTaskPointsToTheCutoffOption() {
        for (String task : new String[]{"pos", "classify", "rank", "mctest", "link"}) {
            RankCliTest.assertUsage("train takes --cutoff N, not --param cutoff=N",
                    "train", "--task", task, "--data", CliTest.TRAIN, "--param", "cutoff=2", "--out", "/tmp/never.lin.zip");
        }
    }

    /** "1 sentences cannot make 2 folds". */
    @Test
    void oneSentenceIsSingular() throws Exception {
        java.nio.file.Path one = java.nio.file.Files.createTempFile("one", ".conllu");
        try {
            java.nio.file.Files.writeString(one, "1\tHi\thi\tINTJ\tUH\t_\t0\troot\t_\t_\n\n");
            RankCliTest.assertUsage(one + ": 1 sentence cannot make 2 folds",
                    "train", "--task", "pos", "--data", one.toString(), "--folds", "2");
        } finally {
            java.nio.file.Files.delete(one);
        }
    }
}
