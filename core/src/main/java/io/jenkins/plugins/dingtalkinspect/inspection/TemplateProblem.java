package io.jenkins.plugins.dingtalkinspect.inspection;

/**
 * One problem of a custom card template, found by {@link TemplateCheck}.
 *
 * @param kind a syntax error (the template cannot be used) or an unknown key (it renders empty)
 * @param line 1-based line of the offending tag
 * @param column 1-based column of the offending tag, in characters
 * @param key the unknown key, or {@code null} for a syntax error
 * @param message what is wrong, ready to show to a user (without the position)
 */
public record TemplateProblem(Kind kind, int line, int column, String key, String message) {

    /** How bad a problem is: an error makes the template unusable, a warning does not. */
    public enum Severity {
        ERROR,
        WARNING
    }

    public enum Kind {
        /** The template cannot be compiled, so it cannot be used. */
        SYNTAX_ERROR(Severity.ERROR),
        /** A key the context does not have: it renders empty, and is nearly always a typo. */
        UNKNOWN_KEY(Severity.WARNING);

        private final Severity severity;

        Kind(Severity severity) {
            this.severity = severity;
        }

        public Severity severity() {
            return severity;
        }
    }

    public Severity severity() {
        return kind.severity();
    }

    /** {@code line 3, column 5: unknown key 'buidl.result'…}, as the CLI and form validation show it. */
    @Override
    public String toString() {
        return "line " + line + ", column " + column + ": " + message;
    }
}
