package org.tagrank.core;

/** One output of a prediction: its index, its label (or null for a candidate), raw score and probability. */
public record ScoredOutput(int output, String label, double score, double probability) {
}
