package io.jenkins.plugins.dingtalkinspect.robot.message;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.jenkins.plugins.dingtalkinspect.robot.InvalidInputException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a DingTalk robot body (as {@link MessageJson} writes it, and as DingTalk documents it) back
 * into a {@link Message}, so that any message type can come from a file or a script. Every problem
 * names the JSON field.
 */
public final class MessageParser {

    private static final List<String> TYPES = List.of("text", "markdown", "link", "actionCard", "feedCard");

    private MessageParser() {}

    public static Message parse(String json) {
        JsonNode root;
        try {
            root = MessageJson.mapper().readTree(json);
        } catch (JsonProcessingException e) {
            throw new InvalidInputException(
                    "body",
                    "is not valid JSON (line " + e.getLocation().getLineNr() + ", column "
                            + e.getLocation().getColumnNr() + ")");
        }
        if (root == null || !root.isObject()) {
            throw new InvalidInputException("body", "must be a JSON object with a msgtype");
        }
        return parse(root);
    }

    public static Message parse(JsonNode root) {
        String type = root.path("msgtype").asText("");
        if (!TYPES.contains(type)) {
            throw new InvalidInputException(
                    "msgtype", "must be one of " + String.join(", ", TYPES) + "; got '" + type + "'");
        }
        JsonNode body = root.path(type);
        if (!body.isObject()) {
            throw new InvalidInputException(type, "is missing: a " + type + " message needs a \"" + type + "\" object");
        }
        At at = at(root.path("at"));
        switch (type) {
            case "text":
                return new TextMessage(text(body, "text.content", "content"), at);
            case "markdown":
                return new MarkdownMessage(
                        text(body, "markdown.title", "title"), text(body, "markdown.text", "text"), at);
            case "link":
                return new LinkMessage(
                        text(body, "link.title", "title"),
                        text(body, "link.text", "text"),
                        text(body, "link.messageUrl", "messageUrl"),
                        text(body, "link.picUrl", "picUrl"));
            case "actionCard":
                return actionCard(body, at);
            default:
                return feedCard(body);
        }
    }

    private static ActionCardMessage actionCard(JsonNode card, At at) {
        List<ActionCardMessage.Button> buttons = new ArrayList<>();
        for (JsonNode b : card.path("btns")) {
            buttons.add(new ActionCardMessage.Button(
                    text(b, "actionCard.btns.title", "title"), text(b, "actionCard.btns.actionURL", "actionURL")));
        }
        return new ActionCardMessage(
                text(card, "actionCard.title", "title"),
                text(card, "actionCard.text", "text"),
                text(card, "actionCard.singleTitle", "singleTitle"),
                text(card, "actionCard.singleURL", "singleURL"),
                buttons,
                "1".equals(card.path("btnOrientation").asText("0")),
                at);
    }

    private static FeedCardMessage feedCard(JsonNode feed) {
        List<FeedCardMessage.Item> items = new ArrayList<>();
        for (JsonNode link : feed.path("links")) {
            items.add(new FeedCardMessage.Item(
                    text(link, "feedCard.links.title", "title"),
                    text(link, "feedCard.links.messageURL", "messageURL"),
                    text(link, "feedCard.links.picURL", "picURL")));
        }
        return new FeedCardMessage(items);
    }

    private static At at(JsonNode at) {
        if (!at.isObject()) {
            return At.NONE;
        }
        return new At(
                strings(at.path("atMobiles"), "at.atMobiles"),
                strings(at.path("atUserIds"), "at.atUserIds"),
                at.path("isAtAll").asBoolean(false));
    }

    private static List<String> strings(JsonNode array, String field) {
        if (array.isMissingNode() || array.isNull()) {
            return List.of();
        }
        if (!array.isArray()) {
            throw new InvalidInputException(field, "must be an array of strings");
        }
        List<String> out = new ArrayList<>();
        array.forEach(v -> out.add(v.asText()));
        return out;
    }

    /** A string field, or {@code null} when absent (the message's own checks say whether it is required). */
    private static String text(JsonNode node, String field, String name) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw new InvalidInputException(field, "must be a string");
        }
        return value.asText();
    }
}
