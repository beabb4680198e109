package io.jenkins.plugins.dingtalkinspect.sandbox.page;

import io.jenkins.plugins.dingtalkinspect.sandbox.RecordedMessage;
import io.jenkins.plugins.dingtalkinspect.sandbox.SandboxRobot;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * The sandbox's HTML page: one section per robot with its messages as chat cards, oldest first like a chat. Tokens
 * and secrets never reach this class's output; robots are shown by name.
 */
public final class PageRenderer {

    private static final String CSS = loadCss();
    private static final String UNKNOWN = "Unknown token";

    private final CardRenderer cards;

    public PageRenderer(ZoneId zone) {
        this.cards = new CardRenderer(zone);
    }

    /**
     * @param robots the registered robots, in the order to show them
     * @param messages every recorded message, oldest first
     * @param refreshSeconds if present, the page reloads itself after that many seconds
     */
    public String render(List<SandboxRobot> robots, List<RecordedMessage> messages, OptionalInt refreshSeconds) {
        StringBuilder out = new StringBuilder(4096);
        out.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n");
        refreshSeconds.ifPresent(s ->
                out.append("<meta http-equiv=\"refresh\" content=\"").append(s).append("\">\n"));
        out.append("<title>DingTalk sandbox</title>\n<style>\n").append(CSS).append("</style>\n</head>\n<body>\n");
        out.append("<header class=\"top\"><h1>DingTalk sandbox</h1><p>")
                .append(messages.size())
                .append(" request(s) recorded · <a href=\"api/messages\">JSON</a></p></header>\n<main>\n");
        Map<String, List<RecordedMessage>> byRobot = group(robots, messages);
        Map<String, Integer> retries = retriesByOriginal(messages);
        for (Map.Entry<String, List<RecordedMessage>> section : byRobot.entrySet()) {
            SandboxRobot robot = robots.stream()
                    .filter(r -> r.name().equals(section.getKey()))
                    .findFirst()
                    .orElse(null);
            out.append(section(section.getKey(), robot, section.getValue(), retries));
        }
        return out.append("</main>\n</body>\n</html>\n").toString();
    }

    private String section(
            String name, SandboxRobot robot, List<RecordedMessage> messages, Map<String, Integer> retries) {
        StringBuilder out = new StringBuilder();
        out.append("<section class=\"robot\" data-robot=\"")
                .append(Html.escape(name))
                .append("\">\n<h2>")
                .append(Html.escape(name))
                .append("</h2>\n");
        if (robot != null) {
            out.append("<p class=\"robot-info\">").append(robot.secret().isPresent() ? "signed" : "token only");
            if (!robot.keywords().isEmpty()) {
                out.append(" · keywords: ").append(Html.escape(String.join(", ", robot.keywords())));
            }
            out.append("</p>\n");
        }
        List<RecordedMessage> shown =
                messages.stream().filter(m -> !m.duplicate()).toList();
        if (shown.isEmpty()) {
            out.append("<p class=\"empty\">No messages yet.</p>\n");
        }
        for (RecordedMessage m : shown) {
            out.append(cards.render(m, retries.getOrDefault(retryKey(m), 0)));
        }
        return out.append("</section>\n").toString();
    }

    // Sections follow registration order; robots replaced or removed since still show under their recorded name.
    private static Map<String, List<RecordedMessage>> group(List<SandboxRobot> robots, List<RecordedMessage> messages) {
        Map<String, List<RecordedMessage>> byRobot = new LinkedHashMap<>();
        robots.forEach(r -> byRobot.put(r.name(), new ArrayList<>()));
        for (RecordedMessage m : messages) {
            String name = m.robotName() == null ? UNKNOWN : m.robotName();
            byRobot.computeIfAbsent(name, n -> new ArrayList<>()).add(m);
        }
        return byRobot;
    }

    private static Map<String, Integer> retriesByOriginal(List<RecordedMessage> messages) {
        Map<String, Integer> retries = new HashMap<>();
        for (RecordedMessage m : messages) {
            if (m.duplicate()) {
                retries.merge(retryKey(m), 1, Integer::sum);
            }
        }
        return retries;
    }

    // Duplicates are per robot; the robot name stands in for the token so the token stays out of this class's maps.
    private static String retryKey(RecordedMessage m) {
        return m.delivered() || m.duplicate() ? Objects.toString(m.robotName()) + "\u0000" + m.msgUuid() : "";
    }

    private static String loadCss() {
        try (InputStream in = PageRenderer.class.getResourceAsStream("page.css")) {
            if (in == null) {
                throw new IllegalStateException("page.css missing from the sandbox jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
