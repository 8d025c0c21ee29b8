package org.aifootprint.scoring;

/** How a raw value becomes a score between 0 and 1. */
public enum Normalisation {
    /** Relative to the compared vendors: the best known value scores 1, the worst 0, linear between. */
    MIN_MAX,
    /** Absolute: the share of the template's thresholds the value meets (steps of 1/k for k thresholds). */
    THRESHOLDS;

    public String label() {
        return this == MIN_MAX ? "min–max across compared vendors" : "thresholds";
    }
}
