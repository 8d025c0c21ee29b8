package org.aifootprint.scoring;

/** A template or comparison the scorer refuses, naming the field at fault ({@code weights}, {@code vendors}, …). */
public class ScoringRefused extends IllegalArgumentException {

    private final String field;

    public ScoringRefused(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
