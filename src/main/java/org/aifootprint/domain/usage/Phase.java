package org.aifootprint.domain.usage;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What the compute was for. {@link #code()} is the external form used in CSV files and JSON. */
public enum Phase {
    TRAINING("training"), FINE_TUNING("fine-tuning"), INFERENCE("inference"), EXPERIMENTATION("experimentation"), IDLE("idle");

    private final String code;

    Phase(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<Phase> fromCode(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.trim().toLowerCase(Locale.ROOT).replace('_', '-');
        return Arrays.stream(values()).filter(p -> p.code.equals(t)).findFirst();
    }
}
