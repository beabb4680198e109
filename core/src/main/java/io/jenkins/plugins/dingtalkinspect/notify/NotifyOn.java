package io.jenkins.plugins.dingtalkinspect.notify;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * When a finished build is worth a message. {@link #FAILURE} is the first failure of a series,
 * {@link #REPEATED_FAILURE} every further one, {@link #EVERY_FAILURE} both.
 */
public enum NotifyOn {
    /** Every successful build. */
    SUCCESS,
    /** A failed build whose previous decisive build did not fail (or the first build). */
    FAILURE,
    /** Every unstable build. */
    UNSTABLE,
    /** Every aborted build. */
    ABORTED,
    /** Every build that was not built. */
    NOT_BUILT,
    /** A successful build whose previous decisive build failed or was unstable. */
    BACK_TO_NORMAL,
    /** A failed build whose previous decisive build failed too. */
    REPEATED_FAILURE,
    /** Every failed build. */
    EVERY_FAILURE;

    /** What a new notifier sends when nobody chose: problems and the recovery from them. */
    public static Set<NotifyOn> defaults() {
        return EnumSet.of(FAILURE, REPEATED_FAILURE, UNSTABLE, BACK_TO_NORMAL);
    }

    /** The Pipeline/Configuration as Code name of this condition: {@code backToNormal}, ... */
    public String symbol() {
        String[] words = name().toLowerCase(Locale.ROOT).split("_");
        StringBuilder out = new StringBuilder(words[0]);
        for (int i = 1; i < words.length; i++) {
            out.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
        }
        return out.toString();
    }

    /** Accepts {@link #symbol()} and the enum name, in any case. */
    public static Optional<NotifyOn> fromName(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String key = name.strip().replace("_", "").replace("-", "").replace(" ", "");
        for (NotifyOn value : values()) {
            if (value.name().replace("_", "").equalsIgnoreCase(key)) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }
}
