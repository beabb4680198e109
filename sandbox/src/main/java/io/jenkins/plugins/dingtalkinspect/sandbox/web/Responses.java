package io.jenkins.plugins.dingtalkinspect.sandbox.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** Writing answers on an exchange. Every method sends headers and body and closes the exchange. */
final class Responses {

    static final ObjectMapper MAPPER = new ObjectMapper();

    private Responses() {}

    static void json(HttpExchange exchange, int status, JsonNode body) throws IOException {
        send(exchange, status, "application/json;charset=utf-8", MAPPER.writeValueAsBytes(body));
    }

    /** DingTalk's answer shape; errcode is a number, as the live service sends it. */
    static void errcode(HttpExchange exchange, int status, int errcode, String errmsg) throws IOException {
        json(exchange, status, answer(errcode, errmsg));
    }

    static ObjectNode answer(int errcode, String errmsg) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("errcode", errcode);
        node.put("errmsg", errmsg);
        return node;
    }

    static void text(HttpExchange exchange, int status, String text) throws IOException {
        send(exchange, status, "text/plain;charset=utf-8", text.getBytes(StandardCharsets.UTF_8));
    }

    static void html(HttpExchange exchange, String html) throws IOException {
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        // The page embeds request data; a strict policy is a second line of defence behind the escaping.
        exchange.getResponseHeaders()
                .set(
                        "Content-Security-Policy",
                        "default-src 'none'; style-src 'unsafe-inline'; img-src 'none'; base-uri 'none'");
        send(exchange, 200, "text/html;charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
    }

    static void methodNotAllowed(HttpExchange exchange, String allow) throws IOException {
        exchange.getResponseHeaders().set("Allow", allow);
        text(exchange, 405, "method not allowed; use " + allow);
    }

    static void noContent(HttpExchange exchange) throws IOException {
        exchange.sendResponseHeaders(204, -1);
        exchange.close();
    }

    private static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        // A length of 0 would mean "chunked" to HttpServer; -1 means no body at all.
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
        exchange.close();
    }
}
