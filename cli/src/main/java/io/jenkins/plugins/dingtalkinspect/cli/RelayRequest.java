package io.jenkins.plugins.dingtalkinspect.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jenkins.plugins.dingtalkinspect.inspection.Inspection;
import io.jenkins.plugins.dingtalkinspect.inspection.Level;
import io.jenkins.plugins.dingtalkinspect.robot.InvalidInputException;

/** What the relay accepts, and the usage document it answers with (as the prototype did). */
final class RelayRequest {

    private RelayRequest() {}

    static Inspection parse(JsonNode json) {
        String title = text(json, "title");
        String content = text(json, "content");
        InvalidInputException.requireText("title", title);
        InvalidInputException.requireText("content", content);
        String level = text(json, "level");
        InvalidInputException.requireText("level", level);
        return Inspection.builder(title)
                .content(content)
                .level(Level.parse(level))
                .author(text(json, "author"))
                .detailsUrl(text(json, "url"))
                .build();
    }

    private static String text(JsonNode json, String field) {
        JsonNode node = json.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isValueNode()) {
            throw new InvalidInputException(field, "must be a string");
        }
        return node.asText();
    }

    static ObjectNode usage(String error, String address) {
        ObjectNode usage = Reports.JSON.createObjectNode();
        if (error != null) {
            usage.put("ok", false);
            usage.put("error", error);
        }
        usage.put("usage", "POST /ding/send with a JSON body and 'Authorization: Bearer <token>'");
        ObjectNode fields = usage.putObject("fields");
        fields.put("title", "required: inspection title (巡检标题)");
        fields.put("content", "required: inspection content, markdown (巡检内容)");
        fields.put("level", "required: info | error");
        fields.put("author", "optional: responsible person (相关人员)");
        fields.put("url", "optional: details link (详情), http(s)");
        ObjectNode example = usage.putObject("example");
        example.put("title", "数据库备份检查");
        example.put("content", "- 全量备份：成功\n- 增量备份：成功");
        example.put("level", "info");
        example.put("author", "运维值班");
        example.put("url", "https://ci.example.com/job/backup-check/128/");
        usage.put(
                "curl",
                "curl -X POST -H \"Authorization: Bearer $DINGTALK_RELAY_TOKEN\" -H 'Content-Type: application/json' "
                        + "-d '{\"title\":\"t\",\"content\":\"c\",\"level\":\"info\"}' " + address);
        return usage;
    }
}
