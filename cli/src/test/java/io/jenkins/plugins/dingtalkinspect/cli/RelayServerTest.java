package io.jenkins.plugins.dingtalkinspect.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.jenkins.plugins.dingtalkinspect.delivery.DeliveryOptions;
import io.jenkins.plugins.dingtalkinspect.delivery.RobotClient;
import io.jenkins.plugins.dingtalkinspect.digest.DigestOptions;
import io.jenkins.plugins.dingtalkinspect.digest.DigestingSender;
import io.jenkins.plugins.dingtalkinspect.inspection.CardOptions;
import io.jenkins.plugins.dingtalkinspect.robot.Robot;
import io.jenkins.plugins.dingtalkinspect.sandbox.DingTalkSandbox;
import io.jenkins.plugins.dingtalkinspect.sandbox.SandboxRobot;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RelayServerTest {

    private static final String AUTH = "relay-auth-token-0123456789";

    private DingTalkSandbox sandbox;
    private RelayServer relay;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void start() throws Exception {
        sandbox = DingTalkSandbox.start();
        sandbox.register(SandboxRobot.signed("ops", SendAndPreviewTest.TOKEN, SendAndPreviewTest.SECRET));
        Robot robot =
                Robot.of(sandbox.webhookEndpoint(), SendAndPreviewTest.TOKEN, SendAndPreviewTest.SECRET, List.of());
        relay = RelayServer.start(
                "127.0.0.1",
                0,
                new RelayServer.Config(robot, AUTH, "legacy-source", CardOptions.defaults()),
                new DigestingSender(
                        new RobotClient(DeliveryOptions.defaults()), DigestOptions.off(), Clock.systemUTC()));
    }

    @AfterEach
    void stop() {
        relay.close();
        sandbox.close();
    }

    private HttpResponse<String> post(String body, String auth) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(relay.uri() + "ding/send"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (auth != null) {
            request.header("Authorization", "Bearer " + auth);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void getAnswersTheUsageWithAnExample() throws Exception {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(relay.uri() + "ding/send")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode usage = Reports.JSON.readTree(response.body());
        assertThat(usage.at("/fields/level").asText()).contains("info | error");
        assertThat(usage.at("/example/title").asText()).isNotBlank();
        assertThat(usage.get("curl").asText())
                .contains("\"Authorization: Bearer $DINGTALK_RELAY_TOKEN\"")
                .endsWith(relay.uri().getHost() + ":" + relay.port() + "/ding/send");
    }

    @Test
    void aValidPostSendsTheCard() throws Exception {
        HttpResponse<String> response = post(
                "{\"title\":\"备份检查\",\"content\":\"全量备份成功\",\"level\":\"info\",\"author\":\"运维\","
                        + "\"url\":\"https://ci.example.com/job/1/\"}",
                AUTH);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode answer = Reports.JSON.readTree(response.body());
        assertThat(answer.get("ok").asBoolean()).isTrue();
        assertThat(answer.get("errcode").asInt()).isZero();
        assertThat(answer.get("msgUuid").asText())
                .isEqualTo(sandbox.messages().get(0).msgUuid());
        assertThat(sandbox.messages().get(0).body().at("/markdown/text").asText())
                .contains("备份检查")
                .contains("运维")
                .contains("https://ci.example.com/job/1/");
    }

    @Test
    void theLegacySourceFieldIsAcceptedOnlyWhenConfigured() throws Exception {
        HttpResponse<String> response =
                post("{\"title\":\"t\",\"content\":\"c\",\"level\":\"error\",\"source\":\"legacy-source\"}", null);
        assertThat(response.statusCode()).isEqualTo(200);
        HttpResponse<String> wrong =
                post("{\"title\":\"t\",\"content\":\"c\",\"level\":\"error\",\"source\":\"guess\"}", null);
        assertThat(wrong.statusCode()).isEqualTo(401);
    }

    @Test
    void wrongOrMissingAuthIs401AndSendsNothing() throws Exception {
        assertThat(post("{\"title\":\"t\",\"content\":\"c\",\"level\":\"info\"}", "wrong")
                        .statusCode())
                .isEqualTo(401);
        assertThat(post("{\"title\":\"t\",\"content\":\"c\",\"level\":\"info\"}", null)
                        .statusCode())
                .isEqualTo(401);
        assertThat(sandbox.messages()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"title", "content", "level"})
    void eachMissingFieldIs400NamingIt(String field) throws Exception {
        String body =
                "{\"title\":\"t\",\"content\":\"c\",\"level\":\"info\"}".replace("\"" + field + "\":", "\"other\":");
        HttpResponse<String> response = post(body, AUTH);
        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode answer = Reports.JSON.readTree(response.body());
        assertThat(answer.get("error").asText()).startsWith(field + ":");
        assertThat(answer.has("usage")).isTrue();
        assertThat(sandbox.messages()).isEmpty();
    }

    @Test
    void aBadLevelIs400ListingTheValidOnes() throws Exception {
        HttpResponse<String> response = post("{\"title\":\"t\",\"content\":\"c\",\"level\":\"warn\"}", AUTH);
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(Reports.JSON.readTree(response.body()).get("error").asText())
                .contains("level")
                .contains("info, error");
    }

    @Test
    void badJsonIs400() throws Exception {
        HttpResponse<String> response = post("{not json", AUTH);
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("JSON object");
        assertThat(post("[1,2]", AUTH).statusCode()).isEqualTo(400);
    }

    @Test
    void oversizedRequestsAreRefusedAndLongContentIsCutToFit() throws Exception {
        String huge = "x".repeat(RelayServer.MAX_REQUEST_BYTES + 10);
        assertThat(post("{\"title\":\"t\",\"content\":\"" + huge + "\",\"level\":\"info\"}", AUTH)
                        .statusCode())
                .isEqualTo(413);

        String long200k = "巡检日志行\n".repeat(40_000);
        HttpResponse<String> response = post(
                "{\"title\":\"t\",\"content\":\"" + long200k.replace("\n", "\\n") + "\",\"level\":\"info\"}", AUTH);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(sandbox.messages().get(0).rawBody().getBytes(java.nio.charset.StandardCharsets.UTF_8).length)
                .isLessThanOrEqualTo(20_000);
    }

    @Test
    void aCardTooLargeEvenWithoutContentIsA400NotADroppedConnection() throws Exception {
        String hugeUrl = "https://ci.example.com/" + "x".repeat(30_000);
        HttpResponse<String> response =
                post("{\"title\":\"t\",\"content\":\"c\",\"level\":\"info\",\"url\":\"" + hugeUrl + "\"}", AUTH);
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(Reports.JSON.readTree(response.body()).get("ok").asBoolean()).isFalse();
        assertThat(sandbox.messages()).isEmpty();

        HttpResponse<String> badUrl =
                post("{\"title\":\"t\",\"content\":\"c\",\"level\":\"info\",\"url\":\"javascript:x\"}", AUTH);
        assertThat(Reports.JSON.readTree(badUrl.body()).get("error").asText()).startsWith("url:");
    }

    @Test
    void aBurstOfCallersIsMergedIntoDigestsAndUsageStillAnswers() throws Exception {
        relay.close();
        sandbox.register(SandboxRobot.signed("ops", SendAndPreviewTest.TOKEN, SendAndPreviewTest.SECRET)
                .withRateLimit(io.jenkins.plugins.dingtalkinspect.sandbox.RateLimit.of(
                        5, java.time.Duration.ofSeconds(2), java.time.Duration.ofSeconds(10))));
        Robot robot =
                Robot.of(sandbox.webhookEndpoint(), SendAndPreviewTest.TOKEN, SendAndPreviewTest.SECRET, List.of());
        relay = RelayServer.start(
                "127.0.0.1",
                0,
                new RelayServer.Config(robot, AUTH, null, CardOptions.defaults()),
                new DigestingSender(
                        new RobotClient(DeliveryOptions.defaults()
                                .withRateLimit(io.jenkins.plugins.dingtalkinspect.delivery.RateLimit.of(
                                        5, java.time.Duration.ofSeconds(2)))),
                        DigestOptions.after(3),
                        Clock.systemUTC()));
        java.util.concurrent.ExecutorService callers = java.util.concurrent.Executors.newFixedThreadPool(25);
        List<java.util.concurrent.Future<HttpResponse<String>>> answers = new java.util.ArrayList<>();
        for (int i = 0; i < 25; i++) {
            String body = "{\"title\":\"burst " + i + "\",\"content\":\"c\",\"level\":\"error\"}";
            answers.add(callers.submit(() -> post(body, AUTH)));
        }
        HttpResponse<String> usage = http.send(
                HttpRequest.newBuilder(URI.create(relay.uri() + "ding/send"))
                        .timeout(java.time.Duration.ofSeconds(3))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(usage.statusCode()).isEqualTo(200);
        int carried = 0;
        for (java.util.concurrent.Future<HttpResponse<String>> answer : answers) {
            JsonNode json = Reports.JSON.readTree(answer.get().body());
            assertThat(json.get("ok").asBoolean()).as(json.toString()).isTrue();
            carried += json.has("carriedBy") ? 1 : 0;
        }
        callers.shutdown();
        assertThat(carried).isPositive();
        assertThat(sandbox.messages()).hasSizeLessThan(25).allSatisfy(m -> assertThat(m.errcode())
                .isZero());
    }

    @Test
    void otherMethodsAre405() throws Exception {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(relay.uri() + "ding/send"))
                        .method("DELETE", HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(405);
    }
}
