package io.jenkins.plugins.dingtalkinspect.sandbox.web;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.jenkins.plugins.dingtalkinspect.sandbox.RecordedMessage;
import io.jenkins.plugins.dingtalkinspect.sandbox.SandboxRobot;
import io.jenkins.plugins.dingtalkinspect.sandbox.page.PageRenderer;
import io.jenkins.plugins.dingtalkinspect.sandbox.robot.QueryString;
import java.io.IOException;
import java.util.List;
import java.util.OptionalInt;
import java.util.function.Supplier;

/** {@code GET /[?refresh=seconds]}: the chat page. Any other path under the root context is a 404. */
public final class PageHandler implements HttpHandler {

    private static final int MIN_REFRESH_SECONDS = 1;
    private static final int MAX_REFRESH_SECONDS = 3_600;

    private final PageRenderer renderer;
    private final Supplier<List<RecordedMessage>> messages;
    private final Supplier<List<SandboxRobot>> robots;

    public PageHandler(
            PageRenderer renderer, Supplier<List<RecordedMessage>> messages, Supplier<List<SandboxRobot>> robots) {
        this.renderer = renderer;
        this.messages = messages;
        this.robots = robots;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        exchange.getRequestBody().readAllBytes();
        if (!exchange.getRequestURI().getPath().equals("/")) {
            Responses.text(exchange, 404, "not found");
            return;
        }
        if (!exchange.getRequestMethod().equals("GET")) {
            Responses.methodNotAllowed(exchange, "GET");
            return;
        }
        OptionalInt refresh = refreshSeconds(exchange.getRequestURI().getRawQuery());
        Responses.html(exchange, renderer.render(robots.get(), messages.get(), refresh));
    }

    private static OptionalInt refreshSeconds(String rawQuery) {
        String value = QueryString.parseRaw(rawQuery).getOrNull("refresh");
        if (value == null) {
            return OptionalInt.empty();
        }
        try {
            int seconds = Integer.parseInt(value);
            return seconds < MIN_REFRESH_SECONDS
                    ? OptionalInt.empty()
                    : OptionalInt.of(Math.min(seconds, MAX_REFRESH_SECONDS));
        } catch (NumberFormatException e) {
            return OptionalInt.empty();
        }
    }
}
