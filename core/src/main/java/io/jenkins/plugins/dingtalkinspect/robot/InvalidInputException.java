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

    /**
     * A value as it may be quoted back in an error: one line, at most 40 characters. Only for values
     * that cannot be secret (levels, languages, URLs of links, errcodes).
     */
    public static String shown(String value) {
        if (value == null) {
            return "";
        }
        String oneLine = value.replaceAll("\\p{Cntrl}", " ").strip();
        return oneLine.length() <= 40 ? oneLine : oneLine.substring(0, 37) + "...";
    }

    /** Fails with a message naming the field when the value is null or blank. */
    public static String requireText(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, "is required and must not be blank");
        }
        return value;
    }
}
