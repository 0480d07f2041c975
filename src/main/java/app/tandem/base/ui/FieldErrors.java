package app.tandem.base.ui;

import app.tandem.base.InvalidInputException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * What a service refused, field by field, in words: Bean Validation messages (already translated
 * through the message source) keyed by the last node of their property path, and the service's own
 * {@link InvalidInputException} keys translated by the view. One reading for every form, so each
 * form only decides where the messages go.
 */
public final class FieldErrors {

    private FieldErrors() {}

    /** The messages by field name, or empty when {@code e} is not a validation refusal. */
    public static Optional<Map<String, String>> of(RuntimeException e, UnaryOperator<String> translate) {
        return of(e, translate, FieldErrors::field);
    }

    /** The same, with the form's own idea of which field a property path belongs to. */
    public static Optional<Map<String, String>> of(RuntimeException e, UnaryOperator<String> translate,
            UnaryOperator<String> pathToField) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (e instanceof ConstraintViolationException violations) {
            for (ConstraintViolation<?> v : violations.getConstraintViolations()) {
                errors.putIfAbsent(pathToField.apply(v.getPropertyPath().toString()), v.getMessage());
            }
            return Optional.of(errors);
        }
        if (e instanceof InvalidInputException invalid) {
            invalid.fieldMessageKeys().forEach((field, key) -> errors.put(field, translate.apply(key)));
            return Optional.of(errors);
        }
        return Optional.empty();
    }

    /** "updateAction.edit.title" → "title"; a container element "links[2].url" → "url". */
    static String field(String propertyPath) {
        String last = propertyPath.substring(propertyPath.lastIndexOf('.') + 1);
        int bracket = last.indexOf('[');
        return bracket < 0 ? last : last.substring(0, bracket);
    }
}
