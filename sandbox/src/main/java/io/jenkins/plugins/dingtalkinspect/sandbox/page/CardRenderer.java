package io.jenkins.plugins.dingtalkinspect.sandbox.page;

import com.fasterxml.jackson.databind.JsonNode;
import io.jenkins.plugins.dingtalkinspect.sandbox.RecordedMessage;
import io.jenkins.plugins.dingtalkinspect.sandbox.SignatureCheck;
import io.jenkins.plugins.dingtalkinspect.sandbox.message.MessageTypes;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** One recorded message as a chat card. Every value from the request is escaped or rendered by {@link MarkdownHtml}. */
final class CardRenderer {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final int RAW_PREVIEW_CHARS = 2_000;

    private final DateTimeFormatter time;

    CardRenderer(ZoneId zone) {
        this.time = TIME.withZone(zone);
    }

    String render(RecordedMessage m, int retries) {
        String msgtype = m.msgtype() == null ? "" : m.msgtype();
        StringBuilder out = new StringBuilder(512);
        out.append("<article class=\"card ")
                .append(m.accepted() ? "ok" : "rejected")
                .append("\" data-msgtype=\"")
                .append(Html.escape(msgtype))
                .append("\" data-errcode=\"")
                .append(m.errcode())
                .append("\" data-signature=\"")
                .append(m.signature().name())
                .append("\" data-http-status=\"")
                .append(m.httpStatus())
                .append("\">\n");
        out.append(meta(m, retries));
        out.append(content(m, msgtype));
        out.append("</article>\n");
        return out.toString();
    }

    private String meta(RecordedMessage m, int retries) {
        StringBuilder out = new StringBuilder("<div class=\"meta\">");
        out.append("<time datetime=\"")
                .append(m.receivedAt())
                .append("\">")
                .append(time.format(m.receivedAt()))
                .append("</time> ");
        out.append("<span class=\"badge type\">")
                .append(Html.escape(orDash(m.msgtype())))
                .append("</span> ");
        out.append(signatureBadge(m.signature())).append(' ');
        String codeClass = m.accepted() ? "badge errcode good" : "badge errcode bad";
        out.append("<span class=\"")
                .append(codeClass)
                .append("\">errcode ")
                .append(m.errcode())
                .append(' ')
                .append(Html.escape(m.errmsg()))
                .append("</span>");
        if (m.httpStatus() != 200) {
            String status = m.httpStatus() == 0 ? "no response" : "HTTP " + m.httpStatus();
            out.append(" <span class=\"badge bad\">").append(status).append("</span>");
        }
        m.fault().ifPresent(f -> out.append(" <span class=\"badge fault\">injected: ")
                .append(Html.escape(f.describe()))
                .append("</span>"));
        if (retries > 0) {
            out.append(" <span class=\"badge retry\">")
                    .append(retries)
                    .append(retries == 1 ? " duplicate retry" : " duplicate retries")
                    .append(" ignored</span>");
        }
        return out.append("</div>\n").toString();
    }

    private static String signatureBadge(SignatureCheck check) {
        String cls =
                switch (check) {
                    case VALID -> "good";
                    case NOT_REQUIRED -> "neutral";
                    default -> "bad";
                };
        String label = check.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return "<span class=\"badge signature " + cls + "\">sign: " + label + "</span>";
    }

    private static String content(RecordedMessage m, String msgtype) {
        JsonNode body = m.body();
        if (body == null || !MessageTypes.supported(msgtype)) {
            return raw(m.rawBody());
        }
        JsonNode part = body.path(msgtype);
        return switch (msgtype) {
            case MessageTypes.TEXT -> text(body, part);
            case MessageTypes.MARKDOWN -> markdown(body, part);
            case MessageTypes.LINK -> link(part);
            case MessageTypes.ACTION_CARD -> ActionCards.render(part);
            default -> feed(part);
        };
    }

    private static String text(JsonNode body, JsonNode part) {
        String content = part.path("content").asText("");
        return "<div class=\"text\">" + Html.escape(content) + "</div>\n" + Mentions.chips(body.get("at"), content);
    }

    private static String markdown(JsonNode body, JsonNode part) {
        String text = part.path("text").asText("");
        return "<div class=\"title\">" + Html.escape(part.path("title").asText("")) + "</div>\n"
                + "<div class=\"md\">" + MarkdownHtml.render(text) + "</div>\n"
                + Mentions.chips(body.get("at"), text);
    }

    private static String link(JsonNode part) {
        String title = part.path("title").asText("");
        StringBuilder out = new StringBuilder("<div class=\"link-card\">");
        out.append(Html.link(part.path("messageUrl").asText(null), title.isEmpty() ? "(no title)" : title, "title"));
        out.append("<div class=\"text\">")
                .append(Html.escape(part.path("text").asText("")))
                .append("</div>");
        String pic = part.path("picUrl").asText("");
        if (!pic.isEmpty()) {
            out.append("<div class=\"img-ref\">[picture] <code>")
                    .append(Html.escape(pic))
                    .append("</code></div>");
        }
        return out.append("</div>\n").toString();
    }

    private static String feed(JsonNode part) {
        StringBuilder out = new StringBuilder("<ul class=\"feed\">");
        for (JsonNode link : part.path("links")) {
            out.append("<li>")
                    .append(Html.link(
                            link.path("messageURL").asText(null),
                            link.path("title").asText(""),
                            null));
            String pic = link.path("picURL").asText("");
            if (!pic.isEmpty()) {
                out.append(" <span class=\"img-ref\">[picture] <code>")
                        .append(Html.escape(pic))
                        .append("</code></span>");
            }
            out.append("</li>");
        }
        return out.append("</ul>\n").toString();
    }

    private static String raw(String rawBody) {
        String shown = rawBody.length() > RAW_PREVIEW_CHARS
                ? rawBody.substring(0, RAW_PREVIEW_CHARS) + "… (" + rawBody.length() + " characters)"
                : rawBody;
        return "<pre class=\"raw\">" + Html.escape(shown) + "</pre>\n";
    }

    private static String orDash(String value) {
        return value == null || value.isEmpty() ? "—" : value;
    }
}
