package org.tagrank.core;

/** How much one feature added to an output's score: {@code value * weight}. */
public record Contribution(String feature, double value, double weight) {
    public double contribution() {
        return value * weight;
    }
}
