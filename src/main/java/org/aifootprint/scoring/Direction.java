package org.aifootprint.scoring;

/** Which end of a criterion's scale is good. */
public enum Direction {
    LOWER_IS_BETTER, HIGHER_IS_BETTER;

    public String label() {
        return this == LOWER_IS_BETTER ? "lower is better" : "higher is better";
    }
}
