package org.aifootprint.calculation;

import java.util.Objects;

/**
 * A factor as the engine receives it: its value in {@code unit}, and what identifies it ({@code id},
 * {@code version}) so that every figure it produces can name it. The engine never looks factors up itself.
 */
public record Factor(String id, String version, double value, String unit, String source) {

    public Factor {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(unit, "unit");
        if (Double.isNaN(value) || Double.isInfinite(value) || value < 0) {
            throw new IllegalArgumentException("factor " + id + " must be a finite value of 0 or more, was " + value);
        }
    }

    /** "id@version", as written in lineage. */
    public String ref() {
        return id + "@" + version;
    }
}
