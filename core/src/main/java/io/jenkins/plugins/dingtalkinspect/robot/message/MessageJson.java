package io.jenkins.plugins.dingtalkinspect.robot.message;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;

/**
 * Writes the JSON body DingTalk expects, with its exact (and not quite consistent) field names:
 * {@code singleURL}, {@code actionURL}, {@code messageURL}/{@code picURL} in feed cards but
 * {@code messageUrl}/{@code picUrl} in link messages.
 */
public final class MessageJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private MessageJson() {}

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    public static ObjectNode toJson(Message message, String msgUuid) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("msgtype", message.msgtype());
        if (message instanceof TextMessage m) {
            root.putObject("text").put("content", m.content());
        } else if (message instanceof MarkdownMessage m) {
            root.putObject("markdown").put("title", m.title()).put("text", m.text());
        } else if (message instanceof LinkMessage m) {
            root.putObject("link")
                    .put("title", m.title())
                    .put("text", m.text())
                    .put("messageUrl", m.messageUrl())
                    .put("picUrl", m.picUrl());
        } else if (message instanceof ActionCardMessage m) {
            writeActionCard(root.putObject("actionCard"), m);
        } else if (message instanceof FeedCardMessage m) {
            ArrayNode links = root.putObject("feedCard").putArray("links");
            for (FeedCardMessage.Item item : m.links()) {
                links.addObject()
                        .put("title", item.title())
                        .put("messageURL", item.messageUrl())
                        .put("picURL", item.picUrl());
            }
        }
        At at = message.at();
        if (!at.isEmpty()) {
            ObjectNode atNode = root.putObject("at");
            at.atMobiles().forEach(atNode.putArray("atMobiles")::add);
            at.atUserIds().forEach(atNode.putArray("atUserIds")::add);
            atNode.put("isAtAll", at.isAtAll());
        }
        if (msgUuid != null) {
            root.put("msgUuid", msgUuid);
        }
        return root;
    }

    private static void writeActionCard(ObjectNode card, ActionCardMessage m) {
        card.put("title", m.title()).put("text", m.text());
        if (m.singleTitle() != null) {
            card.put("singleTitle", m.singleTitle()).put("singleURL", m.singleUrl());
        } else {
            ArrayNode btns = card.putArray("btns");
            for (ActionCardMessage.Button b : m.buttons()) {
                btns.addObject().put("title", b.title()).put("actionURL", b.actionUrl());
            }
        }
        card.put("btnOrientation", m.horizontalButtons() ? "1" : "0");
    }

    /** The UTF-8 bytes that go on the wire. */
    public static byte[] toBytes(Message message, String msgUuid) {
        try {
            return MAPPER.writeValueAsBytes(toJson(message, msgUuid));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of strings always serializes", e);
        }
    }

    public static String toJsonString(Message message, String msgUuid) {
        return new String(toBytes(message, msgUuid), StandardCharsets.UTF_8);
    }
}
