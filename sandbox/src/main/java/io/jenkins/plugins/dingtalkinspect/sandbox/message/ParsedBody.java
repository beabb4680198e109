package io.jenkins.plugins.dingtalkinspect.sandbox.message;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;

/**
 * A request body read as JSON.
 *
 * @param json the body when it is a JSON object, otherwise {@code null}
 * @param msgtype the textual {@code msgtype} field, or {@code null}
 * @param msgUuid the textual {@code msgUuid} field, or {@code null}
 */
public record ParsedBody(ObjectNode json, String msgtype, String msgUuid) {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final ParsedBody NOT_JSON = new ParsedBody(null, null, null);

    public static ParsedBody parse(byte[] body) {
        JsonNode node;
        try {
            node = MAPPER.readTree(new String(body, StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            return NOT_JSON;
        }
        if (!(node instanceof ObjectNode object)) {
            return NOT_JSON;
        }
        return new ParsedBody(object, textField(object, "msgtype"), textField(object, "msgUuid"));
    }

    public boolean isJsonObject() {
        return json != null;
    }

    private static String textField(ObjectNode object, String name) {
        JsonNode value = object.get(name);
        return value != null && value.isTextual() ? value.asText() : null;
    }
}
