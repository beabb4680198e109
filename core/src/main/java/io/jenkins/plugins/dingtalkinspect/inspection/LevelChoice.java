package io.jenkins.plugins.dingtalkinspect.inspection;

import io.jenkins.plugins.dingtalkinspect.robot.InvalidInputException;
import java.util.Locale;

/** What a user may configure as a level: a fixed {@link Level}, or {@code auto} from the build result. */
public enum LevelChoice {
    INFO,
    ERROR,
    AUTO;

    /** Parses {@code info}, {@code error} or {@code auto}, ignoring case and surrounding blanks. */
    public static LevelChoice parse(String value) {
        String v = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
        for (LevelChoice choice : values()) {
            if (choice.name().toLowerCase(Locale.ROOT).equals(v)) {
                return choice;
            }
        }
        throw new InvalidInputException("level", "must be one of info, error, auto; got '" + shown(value) + "'");
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

    /** Bad input is echoed in messages; a pasted essay or a control character must not be. */
    static String shown(String value) {
        if (value == null) {
            return "";
        }
        String oneLine = value.replaceAll("\\p{Cntrl}", " ").strip();
        return oneLine.length() <= 40 ? oneLine : oneLine.substring(0, 37) + "...";
    }
}
