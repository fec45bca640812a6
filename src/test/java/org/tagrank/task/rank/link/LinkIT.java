package org.tagrank.task.rank.link;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tagrank.io.Corpora;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The shipped link model on AIDA CoNLL-YAGO: floors just under the scores recorded in
 * models/en-aida-link-lr-1.md (testa 95.83%, testb 90.32%; testb's floor is the target, 90%), and the
 * baselines of the issue.
 */
class LinkIT {
    static final String MODEL = "models/en-aida-link-lr-1.lin.zip";
    static EntityLinker linker;

    static Path corpus(String name) {
        return Corpora.file("entity-linking/aida-conll/" + name);
    }

    @BeforeAll
    static void load() throws Exception {
        assumeTrue(Files.isRegularFile(corpus("aida-testb.mentions.tsv")),
                "AIDA CoNLL-YAGO corpus (entity-linking/aida-conll) not found under " + Corpora.root());
        linker = EntityLinker.load(MODEL);
    }

    @Test
    void testbAccuracyAndBaselines() throws Exception {
        List<LinkDocument> docs = LinkCorpus.read(corpus("aida-testb.mentions.tsv"));
        LinkEval e = LinkEval.of(docs, linker::predict);
        assertEquals(4485, e.total());
        assertTrue(e.accuracy() >= 0.900, "testb in-KB accuracy " + e.accuracy());
        assertTrue(e.accuracyNotMostPopular() >= 0.75, "testb not-most-popular " + e.accuracyNotMostPopular());
        assertEquals(0.654, LinkEval.of(docs, LinkEval::mostPopular).accuracy(), 0.0005);
        assertEquals(0.802, LinkEval.of(docs, LinkEval::mostInLinks).accuracy(), 0.0005);
    }

    @Test
    void testaAccuracy() throws Exception {
        List<LinkDocument> docs = LinkCorpus.read(corpus("aida-testa.mentions.tsv"));
        LinkEval e = LinkEval.of(docs, linker::predict);
        assertEquals(4791, e.total());
        assertTrue(e.accuracy() >= 0.955, "testa in-KB accuracy " + e.accuracy());
    }

    @Test
    void trainingFileReadsWithItsDocuments() throws Exception {
        List<LinkDocument> docs = LinkCorpus.read(corpus("aida-train.mentions.tsv"));
        assertEquals(946, docs.size());
        assertEquals(23396, docs.stream().mapToInt(d -> d.mentions().size()).sum());
        assertTrue(docs.stream().allMatch(d -> !d.tokens().isEmpty()));
    }
}
