package org.aifootprint.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.aifootprint.domain.shared.InvalidInput;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Checks a command's Bean Validation constraints and turns violations into {@link InvalidInput}, the
 * one kind of refusal that pages and the REST API both know how to show.
 */
@ApplicationScoped
public class InputValidation {

    @Inject
    private Validator validator;

    public <T> T check(T command) {
        if (command == null) {
            throw InvalidInput.of(null, "A request body is required.");
        }
        Set<ConstraintViolation<T>> violations = validator.validate(command);
        if (!violations.isEmpty()) {
            List<InvalidInput.FieldError> errors = violations.stream()
                    .map(v -> new InvalidInput.FieldError(v.getPropertyPath().toString(), v.getMessage()))
                    .sorted(Comparator.comparing(InvalidInput.FieldError::field).thenComparing(InvalidInput.FieldError::message))
                    .toList();
            throw new InvalidInput(errors);
        }
        return command;
    }
}
