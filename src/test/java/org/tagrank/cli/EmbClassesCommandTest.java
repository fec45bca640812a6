package org.tagrank.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tagrank.task.pos.WordClusters;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EmbClassesCommandTest {
    @TempDir
    Path dir;

    private Path vectors() throws Exception {
        Path f = dir.resolve("v.tsv");
        Files.writeString(f, "cat\t1 0.1\ndog\t0.9 -0.1\nhorse\t2 0.05\nruns\t0.1 1\nsees\t-0.1 0.9\njumps\t0 3\nnil\t0 0\n");
        return f;
    }

    private Path conllu() throws Exception {
        Path f = dir.resolve("train.conllu");
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 2; i++) {
            sb.append("1\tCat\tcat\tNOUN\tNN\t_\t2\tnsubj\t_\t_\n2\tsees\tsee\tVERB\tVBZ\t_\t0\troot\t_\t_\n")
                    .append("3\tdog\tdog\tNOUN\tNN\t_\t2\tobj\t_\t_\n\n")
                    .append("1\tIt\tit\tPRON\tPRP\t_\t2\tnsubj\t_\t_\n2\truns\trun\tVERB\tVBZ\t_\t0\troot\t_\t_\n\n");
        }
        Files.writeString(f, sb.toString());
        return f;
    }

    @Test
    void writesNeighbourClassesTheTrainerReads() throws Exception {
        Path out = dir.resolve("nb.tsv");
        CliTest.Run r = CliTest.run("embclasses", "--vectors", vectors().toString(), "--data", conllu().toString(),
                "--neighbours", "2", "--min-count", "2", "-o", out.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.out());
        assertTrue(r.err().contains("wrote"), r.err());
        WordClusters c = WordClusters.read(out);
        assertEquals(6, c.size(), "every word but the all-zero one");
        assertEquals("NN", c.cluster("horse"));
        assertEquals("VBZ", c.cluster("jumps"));
        assertEquals(WordClusters.ABSENT, c.cluster("nil"));
    }

    @Test
    void writesKMeansClustersDeterministicallyAndRejectsBadOptions() throws Exception {
        Path a = dir.resolve("a.tsv");
        Path b = dir.resolve("b.tsv");
        assertEquals(0, CliTest.run("embclasses", "--vectors", vectors().toString(), "--kmeans", "2", "--quiet", "-o", a.toString()).code());
        assertEquals(0, CliTest.run("embclasses", "--vectors", vectors().toString(), "--kmeans", "2", "--quiet", "-o", b.toString()).code());
        assertEquals(Files.readString(a), Files.readString(b));
        WordClusters c = WordClusters.read(a);
        assertEquals(c.cluster("cat"), c.cluster("horse"));
        assertEquals(c.cluster("runs"), c.cluster("jumps"));
        assertEquals(1, CliTest.run("embclasses", "--vectors", vectors().toString(), "-o", a.toString()).code(),
                "neither --data nor --kmeans");
        assertEquals(1, CliTest.run("embclasses", "--vectors", vectors().toString(), "--kmeans", "9", "-o", a.toString()).code(),
                "more clusters than words");
        Path bad = dir.resolve("bad.tsv");
        Files.writeString(bad, "cat\t1 0\ndog\t1\n");
        CliTest.Run r = CliTest.run("embclasses", "--vectors", bad.toString(), "--kmeans", "1", "-o", a.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("bad.tsv:2: "), r.err());
    }

    @Test
    void anOptionTheModeDoesNotReadIsAUsageError() throws Exception {
        Path out = dir.resolve("unread.tsv");
        String v = vectors().toString();
        String d = conllu().toString();
        // each ran without the option, exit 0
        String[][] cases = {
                {"--kmeans", "2", "--neighbours", "5"},
                {"--kmeans", "2", "--classifier"},
                {"--data", d, "--classifier", "--min-count", "5"},
                {"--data", d, "--seed", "7"},
                {"--data", d, "--l2", "0.1"},
        };
        for (String[] c : cases) {
            java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("embclasses", "--vectors", v, "-o", out.toString()));
            args.addAll(java.util.List.of(c));
            CliTest.Run r = CliTest.run(args.toArray(new String[0]));
            assertEquals(ExitCodes.USAGE, r.code(), String.join(" ", c) + ": " + r.err());
        }
        CliTest.Run r = CliTest.run("embclasses", "--vectors", v, "--kmeans", "2", "--neighbours", "5", "-o", out.toString());
        assertEquals("tagrank: --neighbours does nothing with --kmeans (that takes --passes, --seed)",
                r.err().lines().findFirst().orElse(""));
        r = CliTest.run("embclasses", "--vectors", v, "--data", d, "--classifier", "--min-count", "5", "-o", out.toString());
        assertEquals("tagrank: --min-count does nothing with --classifier (that takes --l2, --iterations, --max-count, --share, "
                + "--max-tags, --confidence)", r.err().lines().findFirst().orElse(""));
        assertTrue(!Files.exists(out));
        // the options each mode reads are taken
        assertEquals(0, CliTest.run("embclasses", "--vectors", v, "--kmeans", "2", "--seed", "3", "--passes", "5", "--quiet",
                "-o", out.toString()).code());
        assertEquals(0, CliTest.run("embclasses", "--vectors", v, "--data", d, "--classifier", "--l2", "1e-3", "--share", "0.6",
                "--quiet", "-o", out.toString()).code());
    }

    @Test
    void theVectorFileIsReadAsEveryInputIs() throws Exception {
        Path out = dir.resolve("strict.tsv");
        Path bom = dir.resolve("bom.tsv");
        Files.write(bom, "\uFEFFcat\t1 0\ndog\t0 1\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        CliTest.Run r = CliTest.run("embclasses", "--vectors", bom.toString(), "--kmeans", "2", "--quiet", "-o", out.toString());
        assertEquals(0, r.code(), r.err());
        // the mark was kept as part of the first word, which then matched no token
        assertTrue(Files.readString(out).startsWith("cat\t"), Files.readString(out));
        Path bad = dir.resolve("bad8.tsv");
        Files.write(bad, new byte[]{'c', 'a', 't', '\t', '1', ' ', '0', '\n', (byte) 0xff, '\t', '0', ' ', '1', '\n'});
        r = CliTest.run("embclasses", "--vectors", bad.toString(), "--kmeans", "2", "-o", out.toString());
        assertEquals(ExitCodes.BAD_DATA, r.code(), r.err());
        // it said 'input is not valid UTF-8 (Input length = 1)'
        assertTrue(r.err().contains(bad + ":2: not valid UTF-8"), r.err());
        r = CliTest.run("embclasses", "--vectors", dir.toString(), "--kmeans", "2", "-o", out.toString());
        assertEquals(ExitCodes.BAD_DATA, r.code(), r.err());
        // it said 'tagrank: Is a directory'
        assertTrue(r.err().contains(dir + ": is a directory, not a file"), r.err());
    }

    @Test
    void kmeansWithoutPassesIsAUsageError() throws Exception {
        Path out = dir.resolve("nopass.tsv");
        // it wrote an empty class file ('wrote ...: 0 words'), exit 0
        CliTest.Run r = CliTest.run("embclasses", "--vectors", vectors().toString(), "--kmeans", "2", "--passes", "0",
                "-o", out.toString());
        assertEquals(ExitCodes.USAGE, r.code(), r.err());
        assertEquals("tagrank: --passes must be >= 1, got 0\n", r.err());
        assertFalse(Files.exists(out));
    }
}
