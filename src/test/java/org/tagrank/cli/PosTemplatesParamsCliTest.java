package org.tagrank.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * train --task pos --templates FILE with a word resource (--param clusters, unlabeled, clusters2, taglexicon, wordnet)
 * that none of FILE's templates reads: the file was read and the resource dropped, the model written without it and
 * without a word (exit 0).
 */
class PosTemplatesParamsCliTest {
    @TempDir
    Path dir;

    private Path spec(String extra) throws IOException {
        return Files.writeString(dir.resolve("templates-" + extra.hashCode() + ".txt"), "bias\nw[0]\nsuf3[0]\nt[-1]\n" + extra);
    }

    private void assertUsage(String expected, String... params) throws IOException {
        Path out = dir.resolve("never.lin.zip");
        String[] args = {"train", "--task", "pos", "--data", CliTest.TRAIN, "--epochs", "1", "--quiet", "--out", out.toString(),
                "--templates", spec("").toString()};
        String[] all = java.util.Arrays.copyOf(args, args.length + params.length);
        System.arraycopy(params, 0, all, args.length, params.length);
        BadInputCliTest.Run r = BadInputCliTest.run(all);
        assertEquals(ExitCodes.USAGE, r.code(), r.err());
        assertEquals("tagrank: " + expected + "\n", r.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void aWordResourceNoTemplateReadsIsAUsageError() throws IOException {
        Path clusters = Files.writeString(dir.resolve("clusters.tsv"), "the\t1\ndog\t2\n");
        Path text = Files.writeString(dir.resolve("text.txt"), "The dog runs. A cat sleeps.\n");
        String spec = spec("").toString();
        assertUsage("--param clusters does nothing with --templates " + spec + ": none of its templates reads word clusters"
                + " (cl); add one (e.g. cl[0]) or leave out the param", "--param", "clusters=" + clusters);
        assertUsage("--param clusters2 does nothing with --templates " + spec + ": none of its templates reads the second"
                + " word classes (cl2); add one (e.g. cl2[0]) or leave out the param", "--param", "clusters2=" + clusters);
        assertUsage("--param taglexicon does nothing with --templates " + spec + ": none of its templates reads the second"
                + " word classes (cl2); add one (e.g. cl2[0]) or leave out the param", "--param", "taglexicon=" + clusters);
        assertUsage("--param unlabeled does nothing with --templates " + spec + ": none of its templates reads statistics of"
                + " unlabeled text (cap, morph, uf, at, at1, acx); add one (e.g. cap[0]) or leave out the param",
                "--param", "unlabeled=" + text);
        assertUsage("--param wordnet does nothing with --templates " + spec + ": none of its templates reads WordNet (wn);"
                + " add one (e.g. wn[0]) or leave out the param", "--param", "wordnet=" + dir);
    }

    @Test
    void aResourceTheTemplatesReadStillTrains() throws IOException {
        Path clusters = Files.writeString(dir.resolve("clusters.tsv"), "the\t1\ndog\t2\n");
        Path out = dir.resolve("m.lin.zip");
        BadInputCliTest.Run r = BadInputCliTest.run("train", "--task", "pos", "--data", CliTest.TRAIN, "--epochs", "1",
                "--quiet", "--out", out.toString(), "--templates", spec("cl[0]\n").toString(), "--param", "clusters=" + clusters);
        assertEquals(0, r.code(), r.err());
    }

    /** The other way round it exited 2, the bad-data code, though the data was fine and the command line lacked a param. */
    @Test
    void aTemplateWhoseResourceIsNotGivenIsAUsageError() throws IOException {
        Path out = dir.resolve("never.lin.zip");
        BadInputCliTest.Run r = BadInputCliTest.run("train", "--task", "pos", "--data", CliTest.TRAIN, "--epochs", "1",
                "--quiet", "--out", out.toString(), "--templates", spec("cl[0]\n").toString());
        assertEquals(ExitCodes.USAGE, r.code(), r.err());
        assertEquals("tagrank: the templates use word clusters (cl): give a cluster file (--param clusters=FILE)\n", r.err());
        r = BadInputCliTest.run("train", "--task", "pos", "--data", CliTest.TRAIN, "--epochs", "1",
                "--quiet", "--out", out.toString(), "--templates", spec("cap[0]\n").toString());
        assertEquals(ExitCodes.USAGE, r.code(), r.err());
        assertFalse(Files.exists(out));
    }
}
