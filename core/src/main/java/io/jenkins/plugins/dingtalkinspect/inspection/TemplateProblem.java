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

    public enum Kind {
        SYNTAX_ERROR,
        UNKNOWN_KEY
    }

    /** {@code line 3, column 5: unknown key 'buidl.result'…}, as the CLI and form validation show it. */
    @Override
    public String toString() {
        return "line " + line + ", column " + column + ": " + message;
    }
}
