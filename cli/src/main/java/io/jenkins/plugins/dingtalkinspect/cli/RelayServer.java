package io.jenkins.plugins.dingtalkinspect.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.jenkins.plugins.dingtalkinspect.delivery.DeliveryReport;
import io.jenkins.plugins.dingtalkinspect.digest.DigestingSender;
import io.jenkins.plugins.dingtalkinspect.inspection.CardOptions;
import io.jenkins.plugins.dingtalkinspect.inspection.Inspection;
import io.jenkins.plugins.dingtalkinspect.robot.InvalidInputException;
import io.jenkins.plugins.dingtalkinspect.robot.Robot;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The prototype's relay, kept for scripts that cannot sign requests themselves: {@code GET
 * /ding/send} explains itself, {@code POST /ding/send} validates, authenticates and sends a card.
 */
final class RelayServer implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(RelayServer.class.getName());

    /** Requests larger than this are refused before parsing; the card itself is cut to 20,000 bytes. */
    static final int MAX_REQUEST_BYTES = 1024 * 1024;

    record Config(Robot robot, String authToken, String acceptSource, CardOptions cardOptions) {
        @Override
        public String toString() {
            return "Config[robot=" + robot + ", authToken=****, acceptSource=" + (acceptSource == null ? "off" : "on")
                    + "]";
        }
    }

    private final HttpServer server;
    private final ExecutorService executor;

    private RelayServer(HttpServer server, ExecutorService executor) {
        this.server = server;
        this.executor = executor;
    }

    static RelayServer start(String bind, int port, Config config, DigestingSender client) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(bind, port), 0);
        // callers wait while their card waits for the robot's budget: enough threads that a burst
        // reaches the digest threshold and GET /ding/send still answers meanwhile
        ExecutorService executor = Executors.newFixedThreadPool(64);
        server.setExecutor(executor);
        server.createContext("/ding/send", exchange -> handle(exchange, config, client));
        server.start();
        return new RelayServer(server, executor);
    }

    URI uri() {
        InetSocketAddress address = server.getAddress();
        return URI.create("http://" + address.getHostString() + ":" + address.getPort() + "/");
    }

    int port() {
        return server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private static void handle(HttpExchange exchange, Config config, DigestingSender client) throws IOException {
        try (exchange) {
            switch (exchange.getRequestMethod()) {
                case "GET" -> answer(exchange, 200, RelayRequest.usage(null, address(exchange)));
                case "POST" -> post(exchange, config, client);
                default -> {
                    exchange.getResponseHeaders().set("Allow", "GET, POST");
                    answer(
                            exchange,
                            405,
                            RelayRequest.usage("method: use GET for usage or POST to send", address(exchange)));
                }
            }
        }
    }

    private static void post(HttpExchange exchange, Config config, DigestingSender client) throws IOException {
        byte[] raw = readLimited(exchange.getRequestBody());
        if (raw == null) {
            answer(
                    exchange,
                    413,
                    RelayRequest.usage("body: larger than " + MAX_REQUEST_BYTES + " bytes", address(exchange)));
            return;
        }
        JsonNode json;
        try {
            json = Reports.JSON.readTree(raw);
        } catch (IOException e) {
            json = null;
        }
        if (!authorized(exchange.getRequestHeaders().getFirst("Authorization"), json, config)) {
            exchange.getResponseHeaders().set("WWW-Authenticate", "Bearer");
            answer(
                    exchange,
                    401,
                    RelayRequest.usage("Authorization: send 'Authorization: Bearer <token>'", address(exchange)));
            return;
        }
        if (json == null || !json.isObject()) {
            answer(exchange, 400, RelayRequest.usage("body: must be a JSON object", address(exchange)));
            return;
        }
        Inspection inspection;
        try {
            inspection = RelayRequest.parse(json);
        } catch (InvalidInputException e) {
            answer(exchange, 400, RelayRequest.usage(UserErrors.forRelay(e), address(exchange)));
            return;
        }
        DeliveryReport report;
        try {
            report = client.send(config.robot(), inspection, config.cardOptions());
        } catch (InvalidInputException e) {
            // e.g. a card too large even without its content: the caller's data, so a 400
            answer(exchange, 400, RelayRequest.usage(UserErrors.forRelay(e), address(exchange)));
            return;
        } catch (RuntimeException e) {
            LOG.log(
                    Level.WARNING,
                    "relay could not send a card: {0}",
                    e.getClass().getName());
            ObjectNode failed = Reports.JSON.createObjectNode();
            failed.put("ok", false);
            failed.put("error", "the relay could not send the card; see its log");
            answer(exchange, 500, failed);
            return;
        }
        ObjectNode result = Reports.JSON.createObjectNode();
        result.put("ok", report.delivered());
        if (report.errcode() == null) {
            result.putNull("errcode");
        } else {
            result.put("errcode", report.errcode());
        }
        result.put("errmsg", report.errmsg());
        result.put("outcome", report.outcome().name());
        result.put("hint", report.outcome().hint());
        result.put("msgUuid", report.msgUuid());
        report.carriedBy().ifPresent(digest -> result.put("carriedBy", digest));
        answer(exchange, report.delivered() ? 200 : 502, result);
    }

    /** Where callers reach this relay, for the usage document's example. */
    private static String address(HttpExchange exchange) {
        String host = exchange.getRequestHeaders().getFirst("Host");
        if (host == null || host.isBlank()) {
            InetSocketAddress local = exchange.getLocalAddress();
            host = local.getHostString() + ":" + local.getPort();
        }
        return "http://" + host + "/ding/send";
    }

    /** A bearer token compared in constant time; the legacy {@code source} field only when configured. */
    static boolean authorized(String header, JsonNode json, Config config) {
        if (header != null && header.startsWith("Bearer ")) {
            return constantTimeEquals(header.substring(7).strip(), config.authToken());
        }
        if (config.acceptSource() != null && json != null && json.hasNonNull("source")) {
            return constantTimeEquals(json.get("source").asText(), config.acceptSource());
        }
        return false;
    }

    private static boolean constantTimeEquals(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] readLimited(InputStream in) throws IOException {
        byte[] data = in.readNBytes(MAX_REQUEST_BYTES + 1);
        return data.length > MAX_REQUEST_BYTES ? null : data;
    }

    private static void answer(HttpExchange exchange, int status, JsonNode body) throws IOException {
        byte[] bytes = Reports.JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(body);
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
