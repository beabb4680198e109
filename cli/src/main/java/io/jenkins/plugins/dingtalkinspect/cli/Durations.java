package io.jenkins.plugins.dingtalkinspect.cli;

import io.jenkins.plugins.dingtalkinspect.robot.InvalidInputException;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses the short durations people type: 500ms, 2s, 1m. */
final class Durations {

    private static final Pattern FORM = Pattern.compile("(\\d+)(ms|s|m)");

    private Durations() {}

    static Duration parse(String field, String value) {
        Matcher m = FORM.matcher(value == null ? "" : value.strip());
        if (!m.matches()) {
            throw new InvalidInputException(field, "must be a duration like 500ms, 2s or 1m, got '" + value + "'");
        }
        long n = Long.parseLong(m.group(1));
        Duration d =
                switch (m.group(2)) {
                    case "ms" -> Duration.ofMillis(n);
                    case "s" -> Duration.ofSeconds(n);
                    default -> Duration.ofMinutes(n);
                };
        if (d.isZero()) {
            throw new InvalidInputException(field, "must be positive");
        }
        return d;
    }
}
