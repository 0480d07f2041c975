package app.tandem.base;

import java.util.Map;

/**
 * Input that passed Bean Validation but breaks a rule only the service can check (an organisation
 * that is not in this area, a status from another plan). Maps each field to a message key.
 */
public class InvalidInputException extends RuntimeException {

    private final Map<String, String> fieldMessageKeys;

    public InvalidInputException(Map<String, String> fieldMessageKeys) {
        super("Invalid input in " + fieldMessageKeys.keySet());
        this.fieldMessageKeys = Map.copyOf(fieldMessageKeys);
    }

    public InvalidInputException(String field, String messageKey) {
        this(Map.of(field, messageKey));
    }

    public Map<String, String> fieldMessageKeys() {
        return fieldMessageKeys;
    }
}
