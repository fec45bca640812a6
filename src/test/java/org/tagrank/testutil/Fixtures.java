package org.tagrank.testutil;

import org.junit.jupiter.api.Assumptions;
import org.tagrank.io.Corpora;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Test resources and shared-corpus lookups (skipping, with the corpus named, when one is absent). */
public final class Fixtures {
    private Fixtures() {
    }

    public static Path resource(String name) {
        try {
            var url = Fixtures.class.getClassLoader().getResource(name);
            if (url == null) {
                throw new IllegalStateException("missing test resource " + name);
            }
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Skips the test, saying why, when CoreNLP's models jar (stanford-corenlp:4.5.10:models, which
     * {@code -Dquick} builds leave out) is not on the test classpath: CoreNLP's ner needs it.
     */
    public static void requireCoreNlpModels() {
        Assumptions.assumeTrue(Fixtures.class.getClassLoader().getResource(
                        "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz") != null,
                "CoreNLP models jar (stanford-corenlp:4.5.10:models) not on the test classpath (-Dquick?)");
    }

    /** The corpus file, or the test is skipped saying which corpus is missing. */
    public static Path corpus(String relative) {
        Path p = Corpora.file(relative);
        Assumptions.assumeTrue(Files.isRegularFile(p), "corpus absent: " + p.toAbsolutePath()
                + " (set TAGRANK_CORPORA to the shared corpora folder)");
        return p;
    }
}
