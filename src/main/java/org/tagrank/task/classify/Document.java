package org.tagrank.task.classify;

import java.util.Objects;

/** A labelled document; {@code label} is null for unlabelled input. */
public record Document(String label, String text) {
    public Document {
        Objects.requireNonNull(text, "text");
        if (label != null && label.isEmpty()) {
            throw new IllegalArgumentException("empty label");
        }
    }
}
