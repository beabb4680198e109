package io.jenkins.plugins.dingtalkinspect.sandbox.page;

import com.fasterxml.jackson.databind.JsonNode;

/** Renders a message's {@code at} block as chips. */
final class Mentions {

    private Mentions() {}

    /**
     * Chips for mobiles, user ids and @all. DingTalk only notifies a mobile or user id whose {@code @…} also appears in
     * the text; such chips are marked so a missing {@code @} is visible on the page rather than only in the chat.
     */
    static String chips(JsonNode at, String visibleText) {
        if (at == null || !at.isObject()) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (String field : new String[] {"atMobiles", "atUserIds"}) {
            for (JsonNode who : at.path(field)) {
                if (who.isValueNode()) {
                    out.append(chip(who.asText(), visibleText));
                }
            }
        }
        JsonNode all = at.path("isAtAll");
        if (all.asBoolean(false) || "true".equalsIgnoreCase(all.asText())) {
            out.append("<span class=\"chip mention at-all\">@所有人</span>");
        }
        return out.isEmpty() ? "" : "<div class=\"mentions\">" + out + "</div>";
    }

    private static String chip(String who, String visibleText) {
        boolean inText = visibleText != null && visibleText.contains("@" + who);
        String cls = inText ? "chip mention" : "chip mention not-in-text";
        String title = inText ? "mentioned" : "@" + who + " is not in the text: DingTalk will not notify";
        return "<span class=\"" + cls + "\" title=\"" + Html.escape(title) + "\">@" + Html.escape(who) + "</span>";
    }
}
