package io.jenkins.plugins.dingtalkinspect.robot.message;

import io.jenkins.plugins.dingtalkinspect.robot.InvalidInputException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** Validation of the URLs a message points readers to. */
final class Links {

    private Links() {}

    /**
     * Readers open these links from a chat client, so only web links and DingTalk's own
     * {@code dingtalk://} scheme make sense; {@code javascript:} and friends are refused.
     */
    static String requireUrl(String field, String value) {
        InvalidInputException.requireText(field, value);
        try {
            URI uri = new URI(value.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (scheme.equals("http") || scheme.equals("https")) {
                if (uri.getHost() == null) {
                    throw new URISyntaxException(value, "no host");
                }
                return value.strip();
            }
            if (scheme.equals("dingtalk")) {
                return value.strip();
            }
        } catch (URISyntaxException e) {
            // reported below with the allowed forms
        }
        throw new InvalidInputException(
                field, "must be an http(s):// or dingtalk:// URL, got '" + InvalidInputException.shown(value) + "'");
    }
}
