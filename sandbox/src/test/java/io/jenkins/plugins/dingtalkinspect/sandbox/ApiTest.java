package io.jenkins.plugins.dingtalkinspect.sandbox;

import static io.jenkins.plugins.dingtalkinspect.sandbox.TestHttp.get;
import static io.jenkins.plugins.dingtalkinspect.sandbox.TestHttp.markdown;
import static io.jenkins.plugins.dingtalkinspect.sandbox.TestHttp.postJson;
import static io.jenkins.plugins.dingtalkinspect.sandbox.TestHttp.text;
import static io.jenkins.plugins.dingtalkinspect.sandbox.TestHttp.withUuid;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.jenkins.plugins.dingtalkinspect.sandbox.TestHttp.Answer;
import io.jenkins.plugins.dingtalkinspect.sandbox.signature.SignatureVerifier;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ApiTest {

    private static final String TOKEN = "a1b2c3d4e5f6-token-never-shown";
    private static final String SECRET = "SECsecret-never-shown-0123456789";

    private DingTalkSandbox sandbox;

    @BeforeEach
    void start() {
        sandbox = DingTalkSandbox.start(SandboxOptions.defaults()
                .withRobots(
                        SandboxRobot.signed("ops", TOKEN, SECRET).withKeywords("巡检"),
                        SandboxRobot.tokenOnly("dev", "dev-token")));
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    @Test
    void listsEveryRequestWithItsVerdictButNoCredentials() throws Exception {
        long now = Instant.now().toEpochMilli();
        URI signed = TestHttp.signed(sandbox, TOKEN, now, SECRET);
        postJson(signed, withUuid(markdown("巡检 日报", "### all green"), "uuid-7"));
        postJson(TestHttp.unsigned(sandbox, TOKEN), text("巡检"));
        postJson(TestHttp.unsigned(sandbox, "dev-token"), "{broken");

        Answer answer = get(sandbox.baseUri().resolve("api/messages"));

        assertThat(answer.status()).isEqualTo(200);
        JsonNode list = answer.json();
        assertThat(list).hasSize(3);
        JsonNode first = list.get(0);
        assertThat(first.get("robot").asText()).isEqualTo("ops");
        assertThat(first.get("msgtype").asText()).isEqualTo("markdown");
        assertThat(first.get("msgUuid").asText()).isEqualTo("uuid-7");
        assertThat(first.get("title").asText()).isEqualTo("巡检 日报");
        assertThat(first.get("body").get("markdown").get("text").asText()).isEqualTo("### all green");
        assertThat(first.get("signature").asText()).isEqualTo("VALID");
        assertThat(first.get("errcode").intValue()).isZero();
        assertThat(first.get("errmsg").asText()).isEqualTo("ok");
        assertThat(first.get("duplicate").booleanValue()).isFalse();
        assertThat(Instant.parse(first.get("receivedAt").asText())).isBeforeOrEqualTo(Instant.now());
        assertThat(list.get(1).get("signature").asText()).isEqualTo("MISSING");
        assertThat(list.get(1).get("errcode").intValue()).isEqualTo(310000);
        assertThat(list.get(2).get("body").isNull()).isTrue();
        assertThat(list.get(2).get("rawBody").asText()).isEqualTo("{broken");
        assertThat(list.get(2).get("errcode").intValue()).isEqualTo(40035);

        String sign = SignatureVerifier.sign(now, SECRET);
        assertThat(answer.body())
                .doesNotContain(TOKEN)
                .doesNotContain(SECRET)
                .doesNotContain(sign)
                .doesNotContain(URLEncoder.encode(sign, StandardCharsets.UTF_8));
    }

    @Test
    void filtersByRobotName() throws Exception {
        postJson(TestHttp.unsigned(sandbox, "dev-token"), text("one"));
        postJson(TestHttp.unsigned(sandbox, TOKEN), text("two"));

        JsonNode dev = get(sandbox.baseUri().resolve("api/messages?robot=dev")).json();

        assertThat(dev).hasSize(1);
        assertThat(dev.get(0).get("robot").asText()).isEqualTo("dev");
        assertThat(get(sandbox.baseUri().resolve("api/messages?robot=none")).json())
                .isEmpty();
    }

    @Test
    void deleteAndPostClearForgetMessages() throws Exception {
        postJson(TestHttp.unsigned(sandbox, "dev-token"), text("one"));
        Answer deleted = TestHttp.send(HttpRequest.newBuilder(sandbox.baseUri().resolve("api/messages"))
                .DELETE()
                .build());
        assertThat(deleted.status()).isEqualTo(204);
        assertThat(sandbox.messages()).isEmpty();

        postJson(TestHttp.unsigned(sandbox, "dev-token"), text("two"));
        Answer cleared = TestHttp.send(HttpRequest.newBuilder(sandbox.baseUri().resolve("api/clear"))
                .POST(HttpRequest.BodyPublishers.noBody())
                .build());
        assertThat(cleared.status()).isEqualTo(204);
        assertThat(get(sandbox.baseUri().resolve("api/messages")).json()).isEmpty();
    }

    @Test
    void listsRobotsWithoutCredentials() throws Exception {
        Answer robots = get(sandbox.baseUri().resolve("api/robots"));

        assertThat(robots.json()).hasSize(2);
        assertThat(robots.json().get(0).get("name").asText()).isEqualTo("ops");
        assertThat(robots.json().get(0).get("signed").booleanValue()).isTrue();
        assertThat(robots.json().get(0).get("keywords").get(0).asText()).isEqualTo("巡检");
        assertThat(robots.body()).doesNotContain(TOKEN).doesNotContain(SECRET);
    }

    @Test
    void answersWrongMethodsAndPathsPlainly() throws Exception {
        assertThat(get(sandbox.webhookEndpoint()).status()).isEqualTo(405);
        assertThat(get(sandbox.baseUri().resolve("api/nothing")).status()).isEqualTo(404);
        assertThat(get(sandbox.baseUri().resolve("favicon.ico")).status()).isEqualTo(404);
        assertThat(TestHttp.send(HttpRequest.newBuilder(sandbox.baseUri().resolve("api/messages"))
                                .PUT(HttpRequest.BodyPublishers.ofString("x"))
                                .build())
                        .status())
                .isEqualTo(405);
    }
}
