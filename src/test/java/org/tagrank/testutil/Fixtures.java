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

    /** The corpus file, or the test is skipped saying which corpus is missing. */
    public static Path corpus(String relative) {
        Path p = Corpora.file(relative);
        Assumptions.assumeTrue(Files.isRegularFile(p), "corpus absent: " + p.toAbsolutePath()
                + " (set TAGRANK_CORPORA to the shared corpora folder)");
        return p;
    }
}
