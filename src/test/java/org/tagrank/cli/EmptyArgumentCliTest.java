package org.tagrank.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An empty file or model argument ({@code --data "$TRAIN"} with the variable unset) said "tagrank: : is a directory,
 * not a file" (exit 2; the working directory, after reading the training data for --templates ''), or "model location
 * missing (null or blank)" (exit 3), naming no option. Each is now a usage error naming the option, before any work.
 */
class EmptyArgumentCliTest {
    @TempDir
    Path dir;

    private void assertRefused(String option, String... args) {
        BadInputCliTest.Run r = BadInputCliTest.run(args);
        assertEquals(ExitCodes.USAGE, r.code(), String.join(" ", args) + ": " + r.err());
        String first = r.err().lines().findFirst().orElse("");
        assertTrue(first.startsWith("tagrank: Invalid value for ") && first.contains(option)
                && first.endsWith("an empty value names no file (an unset shell variable?)"), first);
        assertTrue(!r.err().contains("\tat "), r.err());
    }

    @Test
    void emptyFileAndModelArgumentsAreUsageErrorsNamingTheOption() {
        String out = dir.resolve("m.zip").toString();
        assertRefused("'--data'", "train", "--task", "pos", "--data", "", "--out", out);
        assertRefused("'--templates'", "train", "--task", "pos", "--data", CliTest.TRAIN, "--templates", "", "--out", out);
        assertRefused("'--dev'", "train", "--task", "pos", "--data", CliTest.TRAIN, "--dev", "", "--out", out);
        assertRefused("'--out'", "train", "--task", "pos", "--data", CliTest.TRAIN, "--out", "");
        assertRefused("'--data'", "eval", "--task", "pos", "--data", "");
        assertRefused("'--model'", "eval", "--task", "pos", "--model", "", "--data", CliTest.TRAIN);
        assertRefused("'--report'", "eval", "--task", "pos", "--data", CliTest.TRAIN, "--report", "");
        assertRefused("(IN)", "classify", "");
        assertRefused("(MENTIONS)", "link", "rank", "");
        // a list of inputs stops at the value it cannot take, which picocli then calls unmatched: still no work done
        BadInputCliTest.Run tag = BadInputCliTest.run("tag", "-", "");
        assertEquals(ExitCodes.USAGE, tag.code(), tag.err());
        assertTrue(tag.err().startsWith("tagrank: Unmatched argument at index 2: ''"), tag.err());
        assertRefused("'--model'", "tag", "--model", " ");
        assertRefused("'--lexicon'", "tag", "--lexicon", "");
        assertRefused("'--output'", "tag", "-o", "");
        assertRefused("'--model'", "classify", "--model", "");
        assertRefused("'--model'", "info", "--model", "");
        assertRefused("'--model'", "rank", "--task", "mctest", "--model", "");
        assertRefused("'--model'", "bench", "--task", "pos", "--model", "", "--data", CliTest.TRAIN);
        assertRefused("'--model'", "link", "rank", "--model", "", "x.tsv");
    }

    /**
     * '--param clusters=' (an unset variable again) read the training data, then said "tagrank: : is a directory, not
     * a file" (exit 2); no task takes an empty value, so it is a usage error naming the key, before any work.
     */
    @Test
    void anEmptyParamValueIsAUsageErrorNamingTheKey() {
        for (String[] args : new String[][]{
                {"train", "--task", "pos", "--data", CliTest.TRAIN, "--param", "clusters=", "--out", dir.resolve("m.zip").toString()},
                {"eval", "--task", "pos", "--data", CliTest.TRAIN, "--param", "beam= "}}) {
            BadInputCliTest.Run r = BadInputCliTest.run(args);
            assertEquals(ExitCodes.USAGE, r.code(), r.err());
            String key = args[args.length - (args[0].equals("train") ? 3 : 1)].replaceAll("=.*", "");
            assertEquals("tagrank: --param " + key + "= has no value\n", r.err().replace("\r", ""));
        }
    }
}
