package io.jenkins.plugins.dingtalkinspect.sandbox;

import static io.jenkins.plugins.dingtalkinspect.sandbox.TestHttp.markdown;
import static io.jenkins.plugins.dingtalkinspect.sandbox.TestHttp.post;
import static io.jenkins.plugins.dingtalkinspect.sandbox.TestHttp.postJson;
import static io.jenkins.plugins.dingtalkinspect.sandbox.TestHttp.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jenkins.plugins.dingtalkinspect.sandbox.TestHttp.Answer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RequestChecksTest {

    private static final String SECRET = "SECtest-secret-for-order-checks";

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T08:00:00Z"));
    private DingTalkSandbox sandbox;
    private URI plain;
    private URI keywords;

    @BeforeEach
    void start() {
        sandbox = DingTalkSandbox.start(SandboxOptions.defaults()
                .withClock(clock)
                .withRobots(
                        SandboxRobot.tokenOnly("plain", "t-plain"),
                        SandboxRobot.tokenOnly("guarded", "t-kw").withKeywords("巡检", "inspection"),
                        SandboxRobot.signed("signed", "t-signed", SECRET)));
        plain = TestHttp.unsigned(sandbox, "t-plain");
        keywords = TestHttp.unsigned(sandbox, "t-kw");
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    @Test
    void acceptsJsonWithOrWithoutCharset() throws Exception {
        byte[] body = text("早上好").getBytes(StandardCharsets.UTF_8);
        assertThat(post(plain, "application/json", body).errcode()).isZero();
        assertThat(post(plain, "Application/JSON; charset=UTF-8", body).errcode())
                .isZero();
        assertThat(sandbox.messages()).allSatisfy(m -> assertThat(
                        m.body().path("text").path("content").asText())
                .isEqualTo("早上好"));
    }

    @Test
    void rejectsOtherContentTypesBeforeAnythingElse() throws Exception {
        byte[] body = text("x").getBytes(StandardCharsets.UTF_8);
        for (String type : new String[] {"text/plain", "application/x-www-form-urlencoded", null}) {
            Answer answer = post(plain, type, body);
            assertThat(answer.status()).isEqualTo(200);
            assertThat(answer.errcode()).as(type).isEqualTo(43004);
            assertThat(answer.errmsg()).isEqualTo("无效的HTTP HEADER Content-Type");
        }
        // Even an unknown token is reported as the content type first.
        assertThat(post(TestHttp.unsigned(sandbox, "nope"), "text/plain", body).errcode())
                .isEqualTo(43004);
    }

    @Test
    void rejectsUnknownOrMissingTokens() throws Exception {
        for (URI uri : new URI[] {TestHttp.unsigned(sandbox, "nope"), sandbox.webhookEndpoint()}) {
            Answer answer = postJson(uri, text("x"));
            assertThat(answer.errcode()).isEqualTo(300001);
            assertThat(answer.errmsg()).isEqualTo("token is not exist");
        }
        assertThat(sandbox.messages()).extracting(RecordedMessage::robotName).containsOnlyNulls();
    }

    @Test
    void checksTheSignatureBeforeSizeAndJson() throws Exception {
        Answer answer = postJson(TestHttp.unsigned(sandbox, "t-signed"), "{not json" + "x".repeat(30_000));

        assertThat(answer.errcode()).isEqualTo(310000);
        assertThat(answer.errmsg()).startsWith("sign not match");
    }

    @Test
    void acceptsExactlyTwentyThousandBytesAndRefusesOneMore() throws Exception {
        String exact = bodyOfExactly(20_000);
        String over = bodyOfExactly(20_001);
        assertThat(exact.getBytes(StandardCharsets.UTF_8)).hasSize(20_000);
        assertThat(over.getBytes(StandardCharsets.UTF_8)).hasSize(20_001);

        assertThat(postJson(plain, exact).errcode()).isZero();
        Answer refused = postJson(plain, over);
        assertThat(refused.errcode()).isEqualTo(460101);
        assertThat(refused.errmsg()).isEqualTo("message too long, exceed 20000 bytes");
    }

    @Test
    void countsBytesNotCharacters() throws Exception {
        // 7,000 Chinese characters are 21,000 bytes in UTF-8.
        assertThat(postJson(plain, text("检".repeat(7_000))).errcode()).isEqualTo(460101);
    }

    @Test
    void rejectsBodiesThatAreNotAJsonObject() throws Exception {
        for (String body : new String[] {"{\"msgtype\":\"text\",", "[]", "\"text\"", ""}) {
            Answer answer = postJson(plain, body);
            assertThat(answer.errcode()).as(body).isEqualTo(40035);
            assertThat(answer.errmsg()).isEqualTo("缺少参数 json");
        }
    }

    @Test
    void rejectsUnknownOrMissingMsgtype() throws Exception {
        for (String body : new String[] {
            "{\"msgtype\":\"image\",\"image\":{}}",
            "{\"text\":{\"content\":\"x\"}}",
            "{\"msgtype\":\"Markdown\"}",
            "{\"msgtype\":7}"
        }) {
            Answer answer = postJson(plain, body);
            assertThat(answer.errcode()).as(body).isEqualTo(400105);
            assertThat(answer.errmsg()).isEqualTo("不支持的消息类型");
        }
    }

    @Test
    void keywordRobotNeedsOneOfItsKeywords() throws Exception {
        Answer missing = postJson(keywords, text("daily report"));
        assertThat(missing.errcode()).isEqualTo(310000);
        assertThat(missing.errmsg()).isEqualTo("keywords not in content");

        assertThat(postJson(keywords, text("每日巡检: ok")).errcode()).isZero();
        assertThat(postJson(keywords, markdown("inspection 03-01", "all green")).errcode())
                .isZero();
        assertThat(postJson(keywords, markdown("report", "nightly inspection passed"))
                        .errcode())
                .isZero();
    }

    @Test
    void keywordsCountOnlyInTheFieldsOfTheMessageType() throws Exception {
        ObjectNode body = TestHttp.MAPPER.createObjectNode().put("msgtype", "text");
        body.putObject("text").put("content", "report");
        body.putObject("markdown").put("title", "巡检");
        body.put("note", "inspection");

        assertThat(postJson(keywords, body.toString()).errmsg()).isEqualTo("keywords not in content");
    }

    @Test
    void keywordsAreFoundInEveryMessageType() throws Exception {
        String link =
                "{\"msgtype\":\"link\",\"link\":{\"title\":\"t\",\"text\":\"inspection\",\"messageUrl\":\"https://e.x\"}}";
        String card = "{\"msgtype\":\"actionCard\",\"actionCard\":{\"title\":\"巡检\",\"text\":\"t\"}}";
        String feed = "{\"msgtype\":\"feedCard\",\"feedCard\":{\"links\":[{\"title\":\"a\"},{\"title\":\"b 巡检\"}]}}";
        String feedWithout = "{\"msgtype\":\"feedCard\",\"feedCard\":{\"links\":[{\"title\":\"a\"}]}}";

        assertThat(postJson(keywords, link).errcode()).isZero();
        assertThat(postJson(keywords, card).errcode()).isZero();
        assertThat(postJson(keywords, feed).errcode()).isZero();
        assertThat(postJson(keywords, feedWithout).errcode()).isEqualTo(310000);
    }

    /** A text message padded so its UTF-8 form is exactly {@code size} bytes. */
    private static String bodyOfExactly(int size) {
        String empty = text("");
        int padding = size - empty.getBytes(StandardCharsets.UTF_8).length;
        return text("a".repeat(padding));
    }
}
