package org.aifootprint.scoring;

/** What an unknown value scores. Both penalise: an unknown never scores better than a disclosed value. Both flag it. */
public enum MissingData {
    /** Unknown scores 0 for the criterion. */
    SCORE_ZERO,
    /** Unknown scores as the worst value disclosed by a compared vendor (0 when nobody disclosed it). */
    WORST_KNOWN;

    public String label() {
        return this == SCORE_ZERO ? "unknown scores 0" : "unknown scores as the worst disclosed value";
    }
}
