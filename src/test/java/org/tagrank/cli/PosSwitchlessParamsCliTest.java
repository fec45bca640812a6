package org.tagrank.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * train --task pos with --param clusters.digits or taglexicon.subtract but without the resource they act on: the model
 * was written without a word (exit 0), as unlabeled.min without unlabeled no longer is.
 */
class PosSwitchlessParamsCliTest {
    @TempDir
    Path dir;

    private BadInputCliTest.Run train(Path out, String... params) {
        String[] args = {"train", "--task", "pos", "--data", CliTest.TRAIN, "--epochs", "1", "--quiet", "--out", out.toString()};
        String[] all = java.util.Arrays.copyOf(args, args.length + params.length);
        System.arraycopy(params, 0, all, args.length, params.length);
        return BadInputCliTest.run(all);
    }

    private void assertUsage(String expected, String... params) {
        Path out = dir.resolve("never.lin.zip");
        BadInputCliTest.Run r = train(out, params);
        assertEquals(ExitCodes.USAGE, r.code(), r.err());
        assertEquals("tagrank: " + expected + "\n", r.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void digitsWithoutAnyClusterFileIsAUsageError() {
        assertUsage("--param clusters.digits does nothing without --param clusters=FILE, clusters2=FILE or taglexicon=FILE",
                "--param", "clusters.digits=true");
    }

    @Test
    void subtractWithoutATagLexiconIsAUsageError() {
        assertUsage("--param taglexicon.subtract does nothing without --param taglexicon=FILE",
                "--param", "taglexicon.subtract=false");
    }

    @Test
    void digitsWithSecondClustersAloneStillTrains() throws IOException {
        Path clusters = Files.writeString(dir.resolve("clusters.tsv"), "the\t1\ndog\t2\n9\t3\n");
        BadInputCliTest.Run r = train(dir.resolve("m.lin.zip"), "--param", "clusters2=" + clusters,
                "--param", "clusters.digits=true");
        assertEquals(0, r.code(), r.err());
    }
}
