package org.tagrank.cli;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code -} for an output file: {@code tag -o -} is stdout (README), as {@code -} among the inputs is stdin, but
 * {@code train --out -}, {@code eval --report -}, {@code link aliases --out -}, {@code clusters -o -} and
 * {@code embclasses -o -} wrote a file named "-" in the working directory and said nothing. They cannot write to
 * stdout (a model zip; eval's stdout has its report already): a usage error says so before any work.
 */
class OutputDashCliTest {
    private static final Path DASH = Path.of("-");

    private static void assertRefused(String option, String... args) {
        assertFalse(Files.exists(DASH), "a file named '-' is in the working directory before the test");
        try {
            RankCliTest.Run r = RankCliTest.run(args);
            assertEquals(ExitCodes.USAGE, r.code(), String.join(" ", args) + ": " + r.err()); // was 0
            assertTrue(r.err().startsWith("tagrank: Invalid value for option '" + option + "': '-' (standard output) "),
                    r.err());
            assertFalse(Files.exists(DASH), String.join(" ", args) + " wrote a file named '-'");
        } finally {
            try {
                Files.deleteIfExists(DASH);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    @Test
    void anOutputFileOptionOtherThanTagsRefusesDash() throws Exception {
        String rank = RankCliTest.resource("tiny-rank.tsv");
        assertRefused("--out", "train", "--task", "rank", "--data", rank, "--learner", "lr", "--quiet", "--out", "-");
        assertRefused("--report", "eval", "--task", "pos", "--data", CliTest.DEV, "--quiet", "--report", "-");
        assertRefused("--out", "link", "aliases", "--quiet", "--out", "-", LinkCliTest.fixture("tiny-train.mentions.tsv"));
        assertRefused("--out", "clusters", "--quiet", "-o", "-", CliTest.DEV);
        assertRefused("--out", "embclasses", "--vectors", CliTest.DEV, "--kmeans", "2", "-o", "-");
    }

    @Test
    void tagStillWritesDashToStdout() {
        RankCliTest.Run r = RankCliTest.run("tag", "--quiet", "--input-format", "conllu", "-o", "-", CliTest.DEV);
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("\t"), r.out());
        assertFalse(Files.exists(DASH));
    }
}
