package io.jenkins.plugins.dingtalkinspect.sandbox.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jenkins.plugins.dingtalkinspect.sandbox.RecordedMessage;
import io.jenkins.plugins.dingtalkinspect.sandbox.SandboxRobot;
import java.util.List;

/** JSON views of the sandbox's state. Never writes a token, secret or sign. */
final class MessageJson {

    private static final int RAW_BODY_CHARS = 2_000;

    private MessageJson() {}

    static ArrayNode messages(List<RecordedMessage> messages) {
        ArrayNode array = Responses.MAPPER.createArrayNode();
        messages.forEach(m -> array.add(message(m)));
        return array;
    }

    static ObjectNode message(RecordedMessage m) {
        ObjectNode node = Responses.MAPPER.createObjectNode();
        node.put("robot", m.robotName());
        node.put("receivedAt", m.receivedAt().toString());
        node.put("msgtype", m.msgtype());
        node.put("msgUuid", m.msgUuid());
        node.put("title", m.title().orElse(null));
        node.set("body", m.body());
        if (m.body() == null) {
            // Not JSON: the text is the only way to see what the client sent.
            String raw = m.rawBody();
            node.put("rawBody", raw.length() > RAW_BODY_CHARS ? raw.substring(0, RAW_BODY_CHARS) : raw);
        }
        node.put("signature", m.signature().name());
        node.put("errcode", m.errcode());
        node.put("errmsg", m.errmsg());
        node.put("duplicate", m.duplicate());
        node.put("httpStatus", m.httpStatus());
        node.put("fault", m.fault().map(f -> f.describe()).orElse(null));
        return node;
    }

    static ArrayNode robots(List<SandboxRobot> robots) {
        ArrayNode array = Responses.MAPPER.createArrayNode();
        for (SandboxRobot robot : robots) {
            ObjectNode node = array.addObject();
            node.put("name", robot.name());
            node.put("signed", robot.secret().isPresent());
            ArrayNode keywords = node.putArray("keywords");
            robot.keywords().forEach(keywords::add);
        }
        return array;
    }
}
