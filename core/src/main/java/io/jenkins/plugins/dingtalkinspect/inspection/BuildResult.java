package io.jenkins.plugins.dingtalkinspect.inspection;

import io.jenkins.plugins.dingtalkinspect.robot.InvalidInputException;
import java.util.Locale;

/** Jenkins' build results, plus {@link #RUNNING} for a build that has none yet. */
public enum BuildResult {
    SUCCESS,
    UNSTABLE,
    FAILURE,
    NOT_BUILT,
    ABORTED,
    RUNNING;

    /**
     * Parses Jenkins' result names ({@code Result.toString()}), ignoring case; {@code null} or blank
     * is {@link #RUNNING} because Jenkins has no result while a build runs. {@code not built} and
     * {@code not-built} are accepted for hand-written input.
     */
    public static BuildResult parse(String value) {
        if (value == null || value.isBlank()) {
            return RUNNING;
        }
        String v = value.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        for (BuildResult result : values()) {
            if (result.name().equals(v)) {
                return result;
            }
        }
        throw new InvalidInputException(
                "result",
                "must be one of SUCCESS, UNSTABLE, FAILURE, NOT_BUILT, ABORTED, RUNNING (or empty while running); got '"
                        + InvalidInputException.shown(value) + "'");
    }

    /** A symbol for the result, so it reads without colour. */
    public String symbol() {
        return switch (this) {
            case SUCCESS -> "✅";
            case UNSTABLE -> "⚠️";
            case FAILURE -> "❌";
            case NOT_BUILT -> "⚪";
            case ABORTED -> "⏹️";
            case RUNNING -> "⏳";
        };
    }
}
