package org.tagrank.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tagrank.io.GzipInputTest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Formats chosen by extension (train --param unlabeled's default unlabeled.format, clusters --format auto) looked at
 * the last extension only, so a gzip-compressed label&lt;TAB&gt;text file, X.tsv.gz, was read as raw text: every label
 * became words of the text (20NG train.tsv.gz: 2,516 tokens more, the group names).
 */
class GzipFormatByNameCliTest {
    @TempDir
    Path dir;

    private static final String TSV = "zzlabel\tThe cat sat on the mat .\nzzlabel\tThe dog sat on the log .\n"
            + "zzlabel\tA cat and a dog sat .\nzzlabel\tThe mat is on the log .\n";

    private Path gz(String name) throws IOException {
        return Files.write(dir.resolve(name), GzipInputTest.gzip(TSV.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void clustersAutoReadsATsvGzAsTsv() throws IOException {
        Path plain = Files.writeString(dir.resolve("text.tsv"), TSV);
        Path out1 = dir.resolve("c1.tsv");
        Path out2 = dir.resolve("c2.tsv");
        CliTest.Run a = CliTest.run("clusters", "--classes", "2", "--min-count", "1", "--quiet", plain.toString(), "-o",
                out1.toString());
        assertEquals(0, a.code(), a.err());
        CliTest.Run b = CliTest.run("clusters", "--classes", "2", "--min-count", "1", "--quiet", gz("text.tsv.gz").toString(),
                "-o", out2.toString());
        assertEquals(0, b.code(), b.err());
        assertFalse(Files.readString(out2).contains("zzlabel"), Files.readString(out2));
        assertEquals(Files.readString(out1), Files.readString(out2));
    }

    @Test
    void unlabeledTextDefaultsToTsvForATsvGz() throws IOException {
        Path plain = Files.writeString(dir.resolve("unl.tsv"), TSV);
        String[] base = {"train", "--task", "pos", "--data", CliTest.TRAIN, "--epochs", "1", "--param", "unlabeled.min=1"};
        CliTest.Run a = CliTest.run(append(base, "--param", "unlabeled=" + plain, "--out", dir.resolve("a.zip").toString()));
        assertEquals(0, a.code(), a.err());
        CliTest.Run b = CliTest.run(append(base, "--param", "unlabeled=" + gz("unl.tsv.gz"), "--out",
                dir.resolve("b.zip").toString()));
        assertEquals(0, b.code(), b.err());
        String counts = a.err().lines().filter(l -> l.startsWith("unlabeled text:")).findFirst().orElseThrow();
        assertTrue(counts.contains("4 sentences, 28 tokens"), counts); // the labels are no words of the text
        assertEquals(counts.replaceAll(" \\(.*", ""), b.err().lines().filter(l -> l.startsWith("unlabeled text:"))
                .findFirst().orElseThrow().replaceAll(" \\(.*", ""));
    }

    private static String[] append(String[] a, String... more) {
        String[] out = java.util.Arrays.copyOf(a, a.length + more.length);
        System.arraycopy(more, 0, out, a.length, more.length);
        return out;
    }
}
