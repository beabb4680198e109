package io.jenkins.plugins.dingtalkinspect.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jenkins.plugins.dingtalkinspect.sandbox.signature.SignatureVerifier;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** A real java.net.http client talking to the sandbox, plus message bodies built with Jackson. */
final class TestHttp {

    static final ObjectMapper MAPPER = new ObjectMapper();
    static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            .build();

    private TestHttp() {}

    /** What came back: the HTTP status, the body text and, if it parsed, the JSON. */
    record Answer(int status, String body, JsonNode json) {
        int errcode() {
            return json.get("errcode").intValue();
        }

        String errmsg() {
            return json.get("errmsg").asText();
        }
    }

    static Answer post(URI uri, String contentType, byte[] body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .timeout(Duration.ofSeconds(5))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return send(request.build());
    }

    static Answer postJson(URI uri, String json) throws IOException, InterruptedException {
        return post(uri, "application/json;charset=utf-8", json.getBytes(StandardCharsets.UTF_8));
    }

    static Answer get(URI uri) throws IOException, InterruptedException {
        return send(
                HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).GET().build());
    }

    static Answer send(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<String> response =
                CLIENT.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        JsonNode json = null;
        try {
            json = MAPPER.readTree(response.body());
        } catch (IOException notJson) {
            // Pages and injected HTTP errors are not JSON.
        }
        return new Answer(response.statusCode(), response.body(), json);
    }

    static URI unsigned(DingTalkSandbox sandbox, String token) {
        return URI.create(sandbox.webhookEndpoint() + "?access_token=" + token);
    }

    /** Signed the way a correct client does it: the Base64 sign URL-encoded exactly once. */
    static URI signed(DingTalkSandbox sandbox, String token, long timestamp, String secret) {
        String sign = URLEncoder.encode(SignatureVerifier.sign(timestamp, secret), StandardCharsets.UTF_8);
        return URI.create(
                sandbox.webhookEndpoint() + "?access_token=" + token + "&timestamp=" + timestamp + "&sign=" + sign);
    }

    static String text(String content) {
        ObjectNode body = MAPPER.createObjectNode().put("msgtype", "text");
        body.putObject("text").put("content", content);
        return body.toString();
    }

    static String markdown(String title, String text) {
        ObjectNode body = MAPPER.createObjectNode().put("msgtype", "markdown");
        body.putObject("markdown").put("title", title).put("text", text);
        return body.toString();
    }

    static String withUuid(String json, String msgUuid) throws IOException {
        ObjectNode body = (ObjectNode) MAPPER.readTree(json);
        return body.put("msgUuid", msgUuid).toString();
    }
}
