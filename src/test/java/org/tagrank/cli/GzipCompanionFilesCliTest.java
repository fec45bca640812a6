package org.tagrank.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tagrank.io.GzipInputTest;
import org.tagrank.testutil.Fixtures;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The files found beside a data file by name (MCTest's X.ans beside X.tsv, a link corpus's X.conll.tsv beside
 * X.mentions.tsv) were looked for beside a gzip-compressed X.tsv.gz as 'X.tsv.gz.ans' (eval: "no answer key"; rank: gold
 * '?') and not at all beside X.mentions.tsv.gz (linked without the document's words, with a warning).
 */
class GzipCompanionFilesCliTest {
    @TempDir
    Path dir;

    private Path gzip(Path from, String name) throws IOException {
        return Files.write(dir.resolve(name), GzipInputTest.gzip(Files.readAllBytes(from)));
    }

    @Test
    void mctestFindsItsAnswerKeyBesideATsvGz() throws IOException {
        Path tsv = Fixtures.resource("org/tagrank/task/rank/tiny-mctest.tsv");
        Files.copy(Fixtures.resource("org/tagrank/task/rank/tiny-mctest.ans"), dir.resolve("stories.ans"));
        Files.copy(tsv, dir.resolve("plain.tsv"));
        Files.copy(Fixtures.resource("org/tagrank/task/rank/tiny-mctest.ans"), dir.resolve("plain.ans"));
        Path gz = gzip(tsv, "stories.tsv.gz");
        CliTest.Run plain = CliTest.run("rank", "--task", "mctest", "--top-k", "1", "--quiet", dir.resolve("plain.tsv").toString());
        assumeWordNet(plain);
        CliTest.Run r = CliTest.run("rank", "--task", "mctest", "--top-k", "1", "--quiet", gz.toString());
        assertEquals(0, r.code(), r.err());
        assertFalse(r.out().contains("\t?\t"), r.out());
        assertEquals(plain.out(), r.out());
    }

    private static void assumeWordNet(CliTest.Run plain) {
        org.junit.jupiter.api.Assumptions.assumeTrue(plain.code() == 0, "needs WordNet: " + plain.err());
    }

    @Test
    void linkFindsItsDocumentFileBesideAMentionsTsvGz() throws IOException {
        Path mentions = Fixtures.resource("org/tagrank/task/rank/link/tiny-test.mentions.tsv");
        Files.copy(Fixtures.resource("org/tagrank/task/rank/link/tiny-test.conll.tsv"), dir.resolve("x.conll.tsv"));
        Path gz = gzip(mentions, "x.mentions.tsv.gz");
        CliTest.Run r = CliTest.run("link", "rank", gz.toString());
        assertEquals(0, r.code(), r.err());
        assertFalse(r.err().contains("no document file"), r.err());
        // and a compressed document file beside a plain mention file
        Files.copy(mentions, dir.resolve("y.mentions.tsv"));
        gzip(Fixtures.resource("org/tagrank/task/rank/link/tiny-test.conll.tsv"), "y.conll.tsv.gz");
        CliTest.Run y = CliTest.run("link", "rank", dir.resolve("y.mentions.tsv").toString());
        assertEquals(0, y.code(), y.err());
        assertFalse(y.err().contains("no document file"), y.err());
        assertEquals(r.out().replace(gz.toString(), ""), y.out().replace(dir.resolve("y.mentions.tsv").toString(), ""));
        assertTrue(r.out().lines().count() > 1, r.out());
    }
}
