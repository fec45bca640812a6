package org.tagrank.task.rank.link;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tagrank.io.CorpusFormatException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LinkCorpusTest {
    @TempDir
    Path dir;

    private static final String DOC = "-DOCSTART- (d1 X)\nWe\nmet\nArmstrong\tB\tArmstrong\tNeil_Armstrong\thttp://x\t1\n.\n";
    private static final String MENTION = "d1\t0\t2\t3\tArmstrong\tNeil_Armstrong\tNeil_Armstrong\t0\t1\tNeil_Armstrong|1|2|3\n";

    @Test
    void withoutDocumentFileTheTokensAreEmpty() throws Exception {
        Path m = dir.resolve("x.tsv");
        Files.writeString(m, MENTION);
        List<LinkDocument> docs = LinkCorpus.read(m);
        assertEquals(1, docs.size());
        assertTrue(docs.get(0).tokens().isEmpty());
    }

    @Test
    void findsTheDocumentFileByName() throws Exception {
        Path m = dir.resolve("a.mentions.tsv");
        Files.writeString(m, MENTION);
        Files.writeString(dir.resolve("a.conll.tsv"), DOC);
        assertEquals(List.of("We", "met", "Armstrong", "."), LinkCorpus.read(m).get(0).tokens());
    }

    @Test
    void mentionThatDoesNotMatchItsTokensIsAnError() throws Exception {
        Path m = dir.resolve("a.mentions.tsv");
        Files.writeString(m, MENTION.replace("\t2\t3\t", "\t1\t2\t"));
        Files.writeString(dir.resolve("a.conll.tsv"), DOC);
        CorpusFormatException e = assertThrows(CorpusFormatException.class, () -> LinkCorpus.read(m));
        assertTrue(e.getMessage().startsWith(m + ":1: "), e.getMessage());
        assertTrue(e.getMessage().contains("does not match the document tokens 'met'"), e.getMessage());
    }

    /** It said "mention 'Armströng' does not match the document tokens 'Armströng'": two texts that print alike. */
    @Test
    void aMentionThatDiffersFromItsTokensOnlyInUnicodeFormSaysSo() throws Exception {
        Path m = dir.resolve("a.mentions.tsv");
        Files.writeString(m, MENTION.replace("\tArmstrong\t", "\tArmstr\u00f6ng\t"));
        Files.writeString(dir.resolve("a.conll.tsv"), DOC.replace("Armstrong", "Armstro\u0308ng"));
        CorpusFormatException e = assertThrows(CorpusFormatException.class, () -> LinkCorpus.read(m));
        assertTrue(e.getMessage().startsWith(m + ":1: "), e.getMessage());
        assertTrue(e.getMessage().contains("Unicode normalization"), e.getMessage());
    }

    @Test
    void unknownDocumentAndDisorderAreErrors() throws Exception {
        Path m = dir.resolve("a.mentions.tsv");
        Files.writeString(dir.resolve("a.conll.tsv"), DOC);
        Files.writeString(m, MENTION.replace("d1", "d2"));
        assertTrue(assertThrows(CorpusFormatException.class, () -> LinkCorpus.read(m)).getMessage()
                .contains("document d2 is not in"));
        Files.writeString(m, MENTION + MENTION);
        CorpusFormatException e = assertThrows(CorpusFormatException.class, () -> LinkCorpus.read(m));
        assertTrue(e.getMessage().startsWith(m + ":2: "), e.getMessage());
    }

    @Test
    void aDocumentThatComesBackAfterAnotherIsAnError() throws Exception {
        Path m = dir.resolve("x.tsv");
        // d1's second mention after d2: merging d1 would print d1:1 before d2:0, out of input order
        Files.writeString(m, MENTION + MENTION.replace("d1", "d2") + MENTION.replace("d1\t0\t", "d1\t1\t"));
        CorpusFormatException e = assertThrows(CorpusFormatException.class, () -> LinkCorpus.read(m));
        assertTrue(e.getMessage().startsWith(m + ":3: "), e.getMessage());
        assertTrue(e.getMessage().contains("document d1 comes back after document d2"), e.getMessage());
    }
}
