package org.aifootprint.imports;

/** Why one cell or row of an import was refused: line (1 = header), column, the value as read, the reason. */
public record RowError(long line, String column, String value, String reason) {

    public RowError {
        value = value == null ? null : value.length() > 200 ? value.substring(0, 200) + "…" : value;
    }
}
