package org.tagrank.io;

import java.nio.file.Path;

/** Where the shared corpora live: {@code $TAGRANK_CORPORA}, else {@code ../shared/corpora}. */
public final class Corpora {
    private Corpora() {
    }

    public static Path root() {
        String env = System.getenv("TAGRANK_CORPORA");
        String prop = System.getProperty("tagrank.corpora");
        if (prop != null && !prop.isBlank()) {
            return Path.of(prop);
        }
        return Path.of(env != null && !env.isBlank() ? env : "../shared/corpora");
    }

    /** A file under the corpora root, e.g. {@code ud-english-ewt/en_ewt-ud-dev.conllu}. */
    public static Path file(String relative) {
        return root().resolve(relative);
    }
}
