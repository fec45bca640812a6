package org.tagrank.task.classify;

/** A label with its softmax probability and raw score. */
public record Prediction(String label, double probability, double score) {
    public Prediction {
        java.util.Objects.requireNonNull(label, "label");
    }
}
