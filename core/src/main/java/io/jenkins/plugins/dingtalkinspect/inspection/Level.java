package io.jenkins.plugins.dingtalkinspect.inspection;

import io.jenkins.plugins.dingtalkinspect.robot.InvalidInputException;
import java.util.Locale;

/**
 * How an inspection turned out, as the card shows it. Only two levels exist because the group reads
 * the card as "all fine" or "someone has to act"; {@code auto} is a way of choosing one of them
 * from a build result, see {@link LevelChoice}.
 */
public enum Level {
    INFO,
    ERROR;

    /** The lower-case name used in options, templates and the CLI: {@code info} or {@code error}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parses {@code info} or {@code error}, ignoring case and surrounding blanks. {@code auto} is
     * refused here because it means nothing without a build result.
     */
    public static Level parse(String value) {
        String v = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
        if (v.equals("info")) {
            return INFO;
        }
        if (v.equals("error")) {
            return ERROR;
        }
        String hint = v.equals("auto") ? " ('auto' needs a build result to choose from)" : "";
        throw new InvalidInputException(
                "level", "must be one of info, error; got '" + InvalidInputException.shown(value) + "'" + hint);
    }

    /** Success and a build still running read as fine; every other result calls for attention. */
    public static Level fromResult(BuildResult result) {
        if (result == null || result == BuildResult.SUCCESS || result == BuildResult.RUNNING) {
            return INFO;
        }
        return ERROR;
    }
}
