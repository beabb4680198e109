package io.jenkins.plugins.dingtalkinspect.sandbox.web;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.jenkins.plugins.dingtalkinspect.sandbox.RecordedMessage;
import io.jenkins.plugins.dingtalkinspect.sandbox.SandboxRobot;
import io.jenkins.plugins.dingtalkinspect.sandbox.robot.QueryString;
import java.io.IOException;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The JSON API: {@code GET /api/messages[?robot=name]}, {@code DELETE /api/messages}, {@code POST /api/clear} and
 * {@code GET /api/robots}.
 */
public final class ApiHandler implements HttpHandler {

    private final Supplier<List<RecordedMessage>> messages;
    private final Supplier<List<SandboxRobot>> robots;
    private final Runnable clear;

    public ApiHandler(Supplier<List<RecordedMessage>> messages, Supplier<List<SandboxRobot>> robots, Runnable clear) {
        this.messages = messages;
        this.robots = robots;
        this.clear = clear;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        exchange.getRequestBody().readAllBytes();
        String path = exchange.getRequestURI().getPath();
        String method = exchange.getRequestMethod();
        switch (path) {
            case "/api/messages" -> messagesEndpoint(exchange, method);
            case "/api/clear" -> {
                if (method.equals("POST")) {
                    clear.run();
                    Responses.noContent(exchange);
                } else {
                    Responses.methodNotAllowed(exchange, "POST");
                }
            }
            case "/api/robots" -> {
                if (method.equals("GET")) {
                    Responses.json(exchange, 200, MessageJson.robots(robots.get()));
                } else {
                    Responses.methodNotAllowed(exchange, "GET");
                }
            }
            default -> Responses.text(exchange, 404, "not found");
        }
    }

    private void messagesEndpoint(HttpExchange exchange, String method) throws IOException {
        if (method.equals("GET")) {
            String robot =
                    QueryString.parseRaw(exchange.getRequestURI().getRawQuery()).getOrNull("robot");
            List<RecordedMessage> all = messages.get();
            List<RecordedMessage> shown = robot == null
                    ? all
                    : all.stream()
                            .filter(m -> Objects.equals(m.robotName(), robot))
                            .toList();
            Responses.json(exchange, 200, MessageJson.messages(shown));
        } else if (method.equals("DELETE")) {
            clear.run();
            Responses.noContent(exchange);
        } else {
            Responses.methodNotAllowed(exchange, "GET, DELETE");
        }
    }
}
