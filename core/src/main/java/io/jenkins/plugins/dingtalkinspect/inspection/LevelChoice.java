package io.jenkins.plugins.dingtalkinspect.inspection;

import io.jenkins.plugins.dingtalkinspect.robot.InvalidInputException;
import java.util.Locale;

/** What a user may configure as a level: a fixed {@link Level}, or {@code auto} from the build result. */
public enum LevelChoice {
    INFO,
    ERROR,
    AUTO;

    /** The lower-case name used in options, forms and Pipeline: {@code info}, {@code error} or {@code auto}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses {@code info}, {@code error} or {@code auto}, ignoring case and surrounding blanks. */
    public static LevelChoice parse(String value) {
        LevelChoice choice = find(value);
        if (choice == null) {
            throw new InvalidInputException(
                    "level", "must be one of info, error, auto; got '" + InvalidInputException.shown(value) + "'");
        }
        return choice;
    }

    /** Like {@link #parse}, but a setting left empty ({@code null} or blank) means {@link #AUTO}. */
    public static LevelChoice parseOrAuto(String value) {
        return value == null || value.isBlank() ? AUTO : parse(value);
    }

    /**
     * The text to keep for a level a user configured (a form field, a Pipeline argument): the
     * choice's {@link #key()} when valid, {@code auto} when empty, else the value as given, stripped,
     * so that {@link #parse} rejects it with the user's own words when the setting is used rather
     * than when it is bound.
     */
    public static String normalize(String value) {
        if (value == null || value.isBlank()) {
            return AUTO.key();
        }
        LevelChoice choice = find(value);
        return choice == null ? value.strip() : choice.key();
    }

    private static LevelChoice find(String value) {
        String v = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
        for (LevelChoice choice : values()) {
            if (choice.key().equals(v)) {
                return choice;
            }
        }
        return null;
    }

    /**
     * The level to use; {@code auto} follows {@link Level#fromResult}, and with no build at all
     * ({@code null}) nothing has failed, so it is {@link Level#INFO}.
     */
    public Level resolve(BuildResult result) {
        return switch (this) {
            case INFO -> Level.INFO;
            case ERROR -> Level.ERROR;
            case AUTO -> Level.fromResult(result);
        };
    }

    /** Shorthand for {@code parse(value).resolve(result)}. */
    public static Level resolve(String value, BuildResult result) {
        return parse(value).resolve(result);
    }
}
