package io.jenkins.plugins.dingtalkinspect.sandbox.message;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** The parts of a message DingTalk searches for a robot's keywords. */
public final class KeywordText {

    private KeywordText() {}

    /** The searchable text of a message; fields outside the message's own type do not count. */
    public static String of(JsonNode body, String msgtype) {
        StringBuilder text = new StringBuilder();
        JsonNode content = body.path(msgtype);
        switch (msgtype) {
            case MessageTypes.TEXT -> append(text, content, List.of("content"));
            case MessageTypes.MARKDOWN, MessageTypes.LINK, MessageTypes.ACTION_CARD ->
                append(text, content, List.of("title", "text"));
            case MessageTypes.FEED_CARD -> {
                for (JsonNode link : content.path("links")) {
                    append(text, link, List.of("title"));
                }
            }
            default -> {
                // Unsupported types are refused before keywords are looked at.
            }
        }
        return text.toString();
    }

    /** True if no keywords are configured or at least one occurs in the message. */
    public static boolean matches(List<String> keywords, JsonNode body, String msgtype) {
        if (keywords.isEmpty()) {
            return true;
        }
        String text = of(body, msgtype);
        return keywords.stream().anyMatch(text::contains);
    }

    private static void append(StringBuilder text, JsonNode node, List<String> fields) {
        for (String field : fields) {
            JsonNode value = node.path(field);
            if (value.isTextual()) {
                // A separator stops a keyword from matching across the end of one field and the start of the next.
                text.append(value.asText()).append('\n');
            }
        }
    }
}
