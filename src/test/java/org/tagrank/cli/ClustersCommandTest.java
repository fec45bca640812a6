package org.tagrank.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tagrank.task.pos.WordClusters;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ClustersCommandTest {
    @TempDir
    Path dir;

    /** Sentences "DET NOUN VERB DET NOUN ." of random words, one per line, tokenized. */
    private Path text() throws Exception {
        String[][] classes = {{"the", "a", "every"}, {"cat", "dog", "man", "tree"}, {"sees", "likes", "wants"}};
        Random r = new Random(1);
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            int[] pattern = {0, 1, 2, 0, 1};
            StringBuilder sb = new StringBuilder();
            for (int c : pattern) {
                sb.append(classes[c][r.nextInt(classes[c].length)]).append(' ');
            }
            lines.add(sb.append('.').toString());
        }
        Path f = dir.resolve("text.txt");
        Files.write(f, lines);
        return f;
    }

    @Test
    void writesAClusterFileTheTrainerReadsAndIsDeterministic() throws Exception {
        Path in = text();
        Path a = dir.resolve("a.tsv");
        Path b = dir.resolve("b.tsv");
        CliTest.Run r = CliTest.run("clusters", "--format", "tokens", "--classes", "4", "--seed", "3", in.toString(), "-o", a.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.out(), "nothing on stdout");
        assertTrue(r.err().contains("iteration 1:"), r.err());
        assertEquals(0, CliTest.run("clusters", "--format", "tokens", "--classes", "4", "--seed", "3", "--quiet", in.toString(),
                "-o", b.toString()).code());
        assertEquals(Files.readString(a), Files.readString(b), "same seed, same file");
        WordClusters c = WordClusters.read(a);
        assertEquals(11, c.size());
        assertEquals(c.cluster("cat"), c.cluster("tree"));
        assertEquals(c.cluster("the"), c.cluster("every"));
        assertNotEquals(c.cluster("the"), c.cluster("cat"));
        // extending a file that knows two words places the others beside them
        Path given = dir.resolve("given.tsv");
        Files.writeString(given, "the\tD\ncat\tN\nsees\tV\n.\tP\n");
        Path ext = dir.resolve("ext.tsv");
        r = CliTest.run("clusters", "--format", "tokens", "--extend", given.toString(), in.toString(), "-o", ext.toString());
        assertEquals(0, r.code(), r.err());
        WordClusters e = WordClusters.read(ext);
        assertEquals("D", e.cluster("every"));
        assertEquals("N", e.cluster("tree"));
        assertEquals("V", e.cluster("wants"));
        assertTrue(Files.readString(ext).startsWith(Files.readString(given)), "the given lines first, unchanged");
    }

    @Test
    void theMessageSaysHowManyClassesTheWordsUse() throws Exception {
        Path out = dir.resolve("cl100.tsv");
        CliTest.Run r = CliTest.run("clusters", "--format", "tokens", "--classes", "100", "--seed", "3", text().toString(),
                "-o", out.toString());
        assertEquals(0, r.code(), r.err());
        long used = Files.readAllLines(out).stream().map(l -> l.split("\t")[1]).distinct().count();
        assertTrue(used < 100, "11 words cannot fill 100 classes: " + used);
        // it said "11 words in 100 clusters"
        assertTrue(r.err().contains("wrote " + out + ": 11 words in " + used + " of 100 classes\n"), r.err());
    }

    @Test
    void badOptionsAreUsageErrorsAndLeaveNoFile() throws Exception {
        Path out = dir.resolve("x.tsv");
        CliTest.Run r = CliTest.run("clusters", "--classes", "1", text().toString(), "-o", out.toString());
        assertEquals(ExitCodes.USAGE, r.code(), r.err());
        // the messages named no option: 'classes must be in 2..65536, got 1'
        assertEquals("tagrank: --classes must be in 2..65536, got 1\n", r.err());
        r = CliTest.run("clusters", "--iterations", "-1", text().toString(), "-o", out.toString());
        assertEquals("tagrank: --iterations must be >= 0, got -1\n", r.err());
        r = CliTest.run("clusters", "--format", "xml", text().toString(), "-o", out.toString());
        assertEquals(ExitCodes.USAGE, r.code(), r.err());
        r = CliTest.run("clusters", dir.resolve("missing.txt").toString(), "-o", out.toString());
        assertEquals(ExitCodes.BAD_DATA, r.code(), r.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void aBadExtendFileFailsBeforeTheTextIsRead() throws Exception {
        Path given = dir.resolve("bad-given.tsv");
        Files.writeString(given, "the D\n"); // a space, not a TAB
        Path out = dir.resolve("x.tsv");
        CliTest.Run r = CliTest.run("clusters", "--format", "tokens", "--extend", given.toString(), text().toString(),
                "-o", out.toString());
        assertEquals(ExitCodes.BAD_DATA, r.code(), r.err());
        assertTrue(r.err().contains(given + ":1: expected word<TAB>cluster"), r.err());
        // it read (and counted) the whole text first, minutes on a large corpus
        assertFalse(r.err().contains("tokens"), r.err());
        assertFalse(Files.exists(out));
        r = CliTest.run("clusters", "--format", "tokens", "--extend", dir.resolve("none.tsv").toString(), text().toString(),
                "-o", out.toString());
        assertEquals(ExitCodes.BAD_DATA, r.code(), r.err());
        assertFalse(r.err().contains("tokens"), r.err());
    }

    @Test
    void classesWithExtendIsAUsageError() throws Exception {
        Path given = dir.resolve("given2.tsv");
        Files.writeString(given, "the\tD\ncat\tN\n");
        Path out = dir.resolve("x2.tsv");
        // it ran with the file's two clusters and said nothing of the 50
        CliTest.Run r = CliTest.run("clusters", "--format", "tokens", "--extend", given.toString(), "--classes", "50",
                text().toString(), "-o", out.toString());
        assertEquals(ExitCodes.USAGE, r.code(), r.err());
        assertEquals("tagrank: --classes does nothing with --extend (the words go into " + given + "'s clusters)",
                r.err().lines().findFirst().orElse(""));
        assertFalse(Files.exists(out));
    }

    @Test
    void anExtendFileWhoseWordsTheTextLacksIsNamed() throws Exception {
        Path given = dir.resolve("elsewhere.tsv");
        Files.writeString(given, "zebra\tA\nyak\tB\nthe\tD\n");
        Path out = dir.resolve("x3.tsv");
        CliTest.Run r = CliTest.run("clusters", "--format", "tokens", "--extend", given.toString(), text().toString(),
                "-o", out.toString());
        assertEquals(ExitCodes.BAD_DATA, r.code(), r.err());
        // it said 'the given clusters name 1 cluster(s) among the corpus's words: need 2', naming no file
        assertTrue(r.err().endsWith("tagrank: " + given + ": the text's words (1 of 11 clustered) are in 1 of its clusters: "
                + "words of two clusters or more are needed to place the others\n"), r.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void everyInputIsCheckedBeforeAnyIsRead() throws Exception {
        Path in = dir.resolve("words.txt");
        Files.writeString(in, "the cat sat on the mat .\n");
        Path missing = dir.resolve("missing.txt");
        Path out = dir.resolve("c.tsv");
        CliTest.Run r = CliTest.run("clusters", "--classes", "2", in.toString(), missing.toString(), "-o", out.toString());
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("no such file: " + missing), r.err());
        assertFalse(r.err().contains("reading"), r.err()); // the first file was read before the second was found missing
        assertFalse(Files.exists(out));
        CliTest.Run f = CliTest.run("clusters", "--classes", "2", "--format", "xml", in.toString(), "-o", out.toString());
        assertEquals(1, f.code(), f.err());
        assertFalse(f.err().contains("reading"), f.err());
    }
}
