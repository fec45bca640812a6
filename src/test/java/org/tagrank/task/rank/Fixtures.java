package org.tagrank.task.rank;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** Paths of the small made-up fixtures in src/test/resources. */
final class Fixtures {
    private Fixtures() {
    }

    static Path resource(String name) {
        try {
            return Path.of(Fixtures.class.getResource(name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("missing test resource " + name, e);
        }
    }

    static Path mctest() {
        return resource("tiny-mctest.tsv");
    }

    static Path ranking() {
        return resource("tiny-rank.tsv");
    }
}
