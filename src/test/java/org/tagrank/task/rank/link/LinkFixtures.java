package org.tagrank.task.rank.link;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** The made-up fixture files (documents about a cyclist, a county and an astronaut, all called Armstrong). */
final class LinkFixtures {
    private LinkFixtures() {
    }

    static Path file(String name) {
        try {
            return Path.of(LinkFixtures.class.getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Path trainMentions() {
        return file("tiny-train.mentions.tsv");
    }

    static Path testMentions() {
        return file("tiny-test.mentions.tsv");
    }
}
