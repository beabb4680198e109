package io.jenkins.plugins.dingtalkinspect.sandbox.robot;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A raw query string decoded exactly once, as DingTalk's server does. Decoding twice would let a double-encoded
 * {@code sign} pass here and fail against the real service, so the raw form is the only input accepted.
 */
public final class QueryString {

    private final Map<String, String> values;

    private QueryString(Map<String, String> values) {
        this.values = values;
    }

    /** Parses {@code URI.getRawQuery()}; {@code null} gives an empty query. The first of repeated names wins. */
    public static QueryString parseRaw(String rawQuery) {
        Map<String, String> values = new LinkedHashMap<>();
        if (rawQuery != null && !rawQuery.isEmpty()) {
            for (String pair : rawQuery.split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                String name = decodeOnce(eq < 0 ? pair : pair.substring(0, eq));
                String value = eq < 0 ? "" : decodeOnce(pair.substring(eq + 1));
                values.putIfAbsent(name, value);
            }
        }
        return new QueryString(values);
    }

    /** The decoded value, or {@code null} if absent: callers treat absence as just another wrong value. */
    public String getOrNull(String name) {
        return values.get(name);
    }

    private static String decodeOnce(String part) {
        try {
            return URLDecoder.decode(part, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            // A broken %-escape cannot equal any valid value; keeping it raw makes the check fail naturally.
            return part;
        }
    }
}
