package org.tagrank.feature;

/** Receives the features an extractor emits: a name and a value (1 for indicator features). */
@FunctionalInterface
public interface FeatureSink {
    void add(String feature, double value);

    default void add(String feature) {
        add(feature, 1.0);
    }
}
