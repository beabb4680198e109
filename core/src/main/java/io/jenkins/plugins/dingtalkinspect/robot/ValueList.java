package io.jenkins.plugins.dingtalkinspect.robot;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Several values typed into one text field or argument (keywords, mobiles, userIds): one per line,
 * or separated by commas or semicolons, ASCII or full-width as a Chinese keyboard types them.
 */
public final class ValueList {

    private static final Pattern SEPARATORS = Pattern.compile("[,;，；\\n\\r]+");

    private ValueList() {}

    /** The values, stripped, blanks dropped, in the order given; empty for {@code null} or blank. */
    public static List<String> split(String value) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        return Arrays.stream(SEPARATORS.split(value))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }
}
