package io.jenkins.plugins.dingtalkinspect.sandbox.page;

import com.fasterxml.jackson.databind.JsonNode;

/** The {@code actionCard} body: title, markdown text, and one or several buttons. */
final class ActionCards {

    private ActionCards() {}

    static String render(JsonNode card) {
        StringBuilder out = new StringBuilder();
        out.append("<div class=\"title\">")
                .append(Html.escape(card.path("title").asText("")))
                .append("</div>\n");
        out.append("<div class=\"md\">")
                .append(MarkdownHtml.render(card.path("text").asText("")))
                .append("</div>\n");
        // DingTalk: "1" lays buttons side by side, anything else stacks them.
        String orientation = "1".equals(card.path("btnOrientation").asText()) ? "horizontal" : "vertical";
        out.append("<div class=\"buttons ").append(orientation).append("\">");
        String singleTitle = card.path("singleTitle").asText("");
        if (!singleTitle.isEmpty()) {
            out.append(Html.link(card.path("singleURL").asText(null), singleTitle, "btn"));
        }
        for (JsonNode button : card.path("btns")) {
            out.append(Html.link(
                    button.path("actionURL").asText(null), button.path("title").asText(""), "btn"));
        }
        return out.append("</div>\n").toString();
    }
}
