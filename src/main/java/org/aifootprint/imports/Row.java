package org.aifootprint.imports;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVRecord;

/**
 * One data row of a CSV file with typed, forgiving-but-strict access: empty cells (and the literal {@code NULL}
 * some exports write) are unknown, numbers accept a decimal point only, dates are ISO. Each unreadable cell is
 * recorded as a {@link RowError} naming line, column and value, and read as unknown.
 */
public final class Row {

    private final CSVRecord record;
    private final List<RowError> errors = new ArrayList<>();

    public Row(CSVRecord record) {
        this.record = record;
    }

    /** Line in the file as a person counts it: the header is line 1. */
    public long line() {
        return record.getRecordNumber() + 1;
    }

    public List<RowError> errors() {
        return errors;
    }

    public void refuse(String column, String reason) {
        errors.add(new RowError(line(), column, raw(column), reason));
    }

    public String raw(String column) {
        if (column == null) {
            return null;
        }
        try {
            return record.get(column); // one lookup; a column the file lacks, or a short row, reads as absent
        } catch (IllegalArgumentException | IllegalStateException absent) {
            return null;
        }
    }

    public String text(String column) {
        String v = raw(column);
        if (v == null) {
            return null;
        }
        v = v.trim();
        return v.isEmpty() || v.equals("NULL") ? null : v;
    }

    public Double number(String column) {
        String v = text(column);
        if (v == null) {
            return null;
        }
        try {
            double d = Double.parseDouble(v);
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                throw new NumberFormatException();
            }
            return d;
        } catch (NumberFormatException e) {
            refuse(column, "is not a number (use a decimal point, no thousands separator)");
            return null;
        }
    }

    public Integer integer(String column) {
        Double d = number(column);
        if (d == null) {
            return null;
        }
        if (d != Math.rint(d) || Math.abs(d) > Integer.MAX_VALUE) {
            refuse(column, "must be a whole number");
            return null;
        }
        return d.intValue();
    }

    public Long whole(String column) {
        Double d = number(column);
        if (d == null) {
            return null;
        }
        if (d != Math.rint(d)) {
            refuse(column, "must be a whole number");
            return null;
        }
        return d.longValue();
    }

    public LocalDate date(String column) {
        String v = text(column);
        if (v == null) {
            return null;
        }
        try {
            return LocalDate.parse(v.length() > 10 && (v.charAt(10) == 'T' || v.charAt(10) == ' ') ? v.substring(0, 10) : v);
        } catch (DateTimeParseException e) {
            refuse(column, "is not a date as YYYY-MM-DD");
            return null;
        }
    }

    public Boolean bool(String column) {
        String v = text(column);
        if (v == null) {
            return null;
        }
        return switch (v.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "y", "1" -> true;
            case "false", "no", "n", "0" -> false;
            default -> {
                refuse(column, "must be true or false");
                yield null;
            }
        };
    }
}
