package org.aifootprint.api.support;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.aifootprint.domain.shared.InvalidInput;

/** Dates given as query parameters or JSON text: required, ISO YYYY-MM-DD, refused at their field otherwise. */
public final class QueryDates {

    private QueryDates() {
    }

    public static LocalDate date(String field, String text) {
        if (text == null || text.isBlank()) {
            throw InvalidInput.of(field, "is required as YYYY-MM-DD");
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw InvalidInput.of(field, "must be a date as YYYY-MM-DD");
        }
    }
}
