package org.aifootprint.domain.shared;

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

    /** Collects the refusals of several rules, so that a form shows every wrong field at once. */
    public static final class Checks {
        private final java.util.ArrayList<FieldError> errors = new java.util.ArrayList<>();

        /** Records {@code message} at {@code field} when {@code wrong} holds; returns whether it held. */
        public boolean refuseIf(boolean wrong, String field, String message) {
            if (wrong) {
                errors.add(new FieldError(field, message));
            }
            return wrong;
        }

        public boolean hasErrorAt(String field) {
            return errors.stream().anyMatch(e -> java.util.Objects.equals(e.field(), field));
        }

        public void throwIfAny() {
            if (!errors.isEmpty()) {
                throw new InvalidInput(errors);
            }
        }
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
