package io.jenkins.plugins.dingtalkinspect.inspection.template;

import io.jenkins.plugins.dingtalkinspect.robot.InvalidInputException;

/** A template that does not parse; the message reads {@code <field>: line L, column C: <problem>}. */
public class TemplateSyntaxException extends InvalidInputException {
    private static final long serialVersionUID = 1L;

    private final int line;
    private final int column;
    private final String problem;

    public TemplateSyntaxException(String field, int line, int column, String problem) {
        super(field, "line " + line + ", column " + column + ": " + problem);
        this.line = line;
        this.column = column;
        this.problem = problem;
    }

    /** 1-based line. */
    public int line() {
        return line;
    }

    /** 1-based column, counted in characters (code points) from the start of the line. */
    public int column() {
        return column;
    }

    /** What is wrong, without the position. */
    public String problem() {
        return problem;
    }
}
