package io.jenkins.plugins.dingtalkinspect.robot;

/**
 * A caller gave a value that cannot be sent. The message names the field and what is allowed, and
 * never repeats a secret value, so it can be shown to a user as it is (no stack trace needed).
 */
public class InvalidInputException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String field;

    public InvalidInputException(String field, String problem) {
        super(field + ": " + problem);
        this.field = field;
    }

    public String field() {
        return field;
    }

    /** Fails with a message naming the field when the value is null or blank. */
    public static String requireText(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, "is required and must not be blank");
        }
        return value;
    }
}
