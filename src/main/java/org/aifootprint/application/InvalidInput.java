package org.aifootprint.application;

import jakarta.ejb.ApplicationException;
import java.util.List;

/**
 * Input refused by a use case, with one message per offending field. Pages show each message at its
 * field; the REST API answers 400 with {@code {"error", "details": [{"field", "message"}]}}. Nothing is
 * written when it is thrown (the transaction rolls back).
 */
@ApplicationException(rollback = true)
public class InvalidInput extends RuntimeException {

    public record FieldError(String field, String message) {
    }

    private final transient List<FieldError> errors;

    public InvalidInput(List<FieldError> errors) {
        super(summary(errors));
        this.errors = List.copyOf(errors);
    }

    public static InvalidInput of(String field, String message) {
        return new InvalidInput(List.of(new FieldError(field, message)));
    }

    public List<FieldError> errors() {
        return errors;
    }

    private static String summary(List<FieldError> errors) {
        if (errors.size() == 1) {
            FieldError e = errors.get(0);
            return e.field() == null ? e.message() : e.field() + ": " + e.message();
        }
        return errors.size() + " fields are invalid";
    }
}
