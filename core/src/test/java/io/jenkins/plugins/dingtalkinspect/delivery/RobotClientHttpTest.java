package io.jenkins.plugins.dingtalkinspect.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.dingtalkinspect.robot.Robot;
import io.jenkins.plugins.dingtalkinspect.robot.message.At;
import io.jenkins.plugins.dingtalkinspect.robot.message.MarkdownMessage;
import io.jenkins.plugins.dingtalkinspect.robot.message.TextMessage;
import io.jenkins.plugins.dingtalkinspect.testing.FakeDingTalk;
import io.jenkins.plugins.dingtalkinspect.testing.SecretLeakGuard;
import io.jenkins.plugins.dingtalkinspect.testing.TestSecrets;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The client against a real local HTTP server that checks signatures the way DingTalk does. */
class RobotClientHttpTest {

    private MockWebServer server;
    private FakeDingTalk dingTalk;
    private Robot robot;

    static DeliveryOptions fast() {
        return DeliveryOptions.defaults()
                .withTimeouts(Duration.ofSeconds(2), Duration.ofMillis(500), Duration.ofSeconds(3))
                .withRetry(new RetryPolicy(4, Duration.ofMillis(20), Duration.ofMillis(100), 0.25))
                .withDeadline(Duration.ofSeconds(10));
    }

    /** A wall clock that moves on 1 ms per reading, so that every attempt has its own timestamp. */
    static Clock ticking() {
        AtomicLong now = new AtomicLong(System.currentTimeMillis());
        return new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return Instant.ofEpochMilli(now.incrementAndGet());
            }
        };
    }

    @BeforeEach
    void start() throws Exception {
        server = new MockWebServer();
        dingTalk = new FakeDingTalk(TestSecrets.TOKEN, TestSecrets.SECRET);
        server.setDispatcher(dingTalk);
        server.start();
        robot = Robot.of(URI.create(server.url("/robot/send").toString()), TestSecrets.TOKEN, TestSecrets.SECRET, null);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private RobotClient client(DeliveryOptions options) {
        return new RobotClient(null, options, ticking(), new RateBudgets(Clock.systemUTC()));
    }

    private DeliveryReport send(DeliveryOptions options) {
        DeliveryReport report = client(options).send(robot, new MarkdownMessage("巡检", "磁盘正常"));
        SecretLeakGuard.assertNoSecret(report.toString());
        SecretLeakGuard.assertNoSecret(report.summary(Locale.CHINA));
        return report;
    }

    @Test
    void deliversASignedMarkdownMessage() {
        DeliveryReport report = send(fast());

        assertThat(report.delivered()).isTrue();
        assertThat(report.outcome()).isEqualTo(Outcome.DELIVERED);
        assertThat(report.errcode()).isZero();
        assertThat(report.attempts()).isEqualTo(1);
        FakeDingTalk.Seen seen = dingTalk.seen().get(0);
        assertThat(seen.verdict()).isEqualTo("ok");
        assertThat(seen.body())
                .startsWith("{\"msgtype\":\"markdown\",\"markdown\":{\"title\":\"巡检\",\"text\":\"磁盘正常\"}")
                .contains("\"msgUuid\":\"" + report.msgUuid() + "\"");
        assertThat(report.summary()).startsWith("DingTalk message delivered [attempts 1");
    }

    @Test
    void aTokenOnlyRobotSendsNoSignature() {
        dingTalk = new FakeDingTalk(TestSecrets.TOKEN, null);
        server.setDispatcher(dingTalk);
        robot = Robot.of(robot.endpoint(), TestSecrets.TOKEN, null, null);

        assertThat(send(fast()).delivered()).isTrue();
        assertThat(dingTalk.seen().get(0).rawQuery()).isEqualTo("access_token=" + TestSecrets.TOKEN);
    }

    @ParameterizedTest
    @ValueSource(ints = {500, 502, 503})
    void retriesServerErrorsWithTheSameUuidAndAFreshSignature(int status) {
        dingTalk.then(new MockResponse.Builder().code(status).build())
                .then(new MockResponse.Builder().code(status).build());

        DeliveryReport report = send(fast());

        assertThat(report.delivered()).isTrue();
        assertThat(report.attempts()).isEqualTo(3);
        List<FakeDingTalk.Seen> seen = dingTalk.seen();
        assertThat(seen).hasSize(3).allSatisfy(s -> assertThat(s.verdict()).isEqualTo("ok"));
        assertThat(seen)
                .extracting(FakeDingTalk.Seen::body)
                .containsOnly(seen.get(0).body());
        assertThat(seen).extracting(FakeDingTalk.Seen::sign).doesNotHaveDuplicates();
        assertThat(seen).extracting(FakeDingTalk.Seen::timestamp).doesNotHaveDuplicates();
    }

    @Test
    void retriesADroppedConnection() {
        dingTalk.then(new MockResponse.Builder()
                .onResponseStart(new SocketEffect.CloseSocket())
                .build());

        DeliveryReport report = send(fast());

        assertThat(report.delivered()).as(report.summary()).isTrue();
        assertThat(report.attempts()).isEqualTo(2);
    }

    @Test
    void retriesATimeout() {
        dingTalk.then(FakeDingTalk.answer(0, "ok")
                .newBuilder()
                .headersDelay(1500, TimeUnit.MILLISECONDS)
                .build());

        DeliveryReport report = send(fast());

        assertThat(report.delivered()).isTrue();
        assertThat(report.attempts()).isEqualTo(2);
        assertThat(dingTalk.seen()).hasSize(2);
    }

    @Test
    void retriesABusyAnswer() {
        dingTalk.then(FakeDingTalk.answer(-1, "系统繁忙"));
        assertThat(send(fast()).attempts()).isEqualTo(2);
    }

    @Test
    void givesUpAfterTheMaximumNumberOfAttempts() {
        for (int i = 0; i < 5; i++) {
            dingTalk.then(new MockResponse.Builder().code(503).build());
        }
        DeliveryReport report = send(fast());

        assertThat(report.delivered()).isFalse();
        assertThat(report.outcome()).isEqualTo(Outcome.RETRYABLE);
        assertThat(report.attempts()).isEqualTo(4);
        assertThat(report.errmsg()).isEqualTo("HTTP 503");
        assertThat(report.errcode()).isNull();
        assertThat(dingTalk.seen()).hasSize(4);
    }

    @Test
    void givesUpAtTheDeadlineRatherThanSleepingPastIt() {
        for (int i = 0; i < 5; i++) {
            dingTalk.then(new MockResponse.Builder().code(503).build());
        }
        DeliveryOptions slowBackoff = fast().withRetry(
                        new RetryPolicy(5, Duration.ofSeconds(5), Duration.ofSeconds(5), 0))
                .withDeadline(Duration.ofSeconds(1));
        DeliveryReport report = send(slowBackoff);

        assertThat(report.outcome()).isEqualTo(Outcome.DEADLINE_EXCEEDED);
        assertThat(report.errmsg()).contains("deadline").contains("HTTP 503");
        assertThat(report.elapsed()).isLessThan(Duration.ofSeconds(2));
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', textBlock = """
            310000   | keywords not in content               | KEYWORD_MISMATCH
            "300001" | token is not exist                    | TOKEN_INVALID
            400102   | 机器人已停用                            | ROBOT_DISABLED
            400013   | 群已被解散                              | GROUP_DISSOLVED
            400106   | 机器人不存在                            | ROBOT_NOT_IN_GROUP
            430102   | 含有不适宜的文字                         | CONTENT_REJECTED
            460101   | message too long, exceed 20000 bytes  | BODY_TOO_LARGE
            400105   | 不支持的消息类型                         | UNSUPPORTED
            310000   | ip 1.2.3.4 not in whitelist           | IP_NOT_ALLOWED
            """)
    void neverRetriesPermanentErrors(String errcode, String errmsg, Outcome expected) {
        dingTalk.then(new MockResponse.Builder()
                .body("{\"errcode\":" + errcode + ",\"errmsg\":\"" + errmsg + "\"}")
                .build());

        DeliveryReport report = send(fast());

        assertThat(report.outcome()).isEqualTo(expected);
        assertThat(report.errcode()).isEqualTo(Integer.parseInt(errcode.replace("\"", "")));
        assertThat(report.errmsg()).isEqualTo(errmsg);
        assertThat(report.attempts()).isEqualTo(1);
        assertThat(dingTalk.seen()).hasSize(1);
        assertThat(report.summary()).contains("NOT delivered").contains(expected.hint());
    }

    @Test
    void aWrongSecretIsASignMismatchFoundByTheServer() {
        robot = Robot.of(robot.endpoint(), TestSecrets.TOKEN, "SEC0000000000000000000000", null);
        DeliveryReport report = send(fast());
        assertThat(report.outcome()).isEqualTo(Outcome.SIGN_MISMATCH);
        assertThat(report.attempts()).isEqualTo(1);
    }

    @Test
    void answersThatAreNotDingTalkJsonAreReportedNotRetried() {
        dingTalk.then(
                new MockResponse.Builder().body("<html>proxy login</html>").build());
        DeliveryReport report = send(fast());
        assertThat(report.outcome()).isEqualTo(Outcome.UNKNOWN);
        assertThat(report.errmsg()).contains("not DingTalk's JSON");
        assertThat(report.attempts()).isEqualTo(1);
    }

    @Test
    void aNonNumericErrcodeIsReported() {
        dingTalk.then(new MockResponse.Builder()
                .body("{\"errcode\":\"oops\",\"errmsg\":\"x\"}")
                .build());
        assertThat(send(fast()).errmsg()).contains("'oops' is not a number");
    }

    @Test
    void redirectsAreNotFollowedSoTheTokenStaysPut() {
        dingTalk.then(new MockResponse.Builder()
                .code(302)
                .setHeader("Location", "https://elsewhere.example.com/")
                .build());
        DeliveryReport report = send(fast());
        assertThat(report.outcome()).isEqualTo(Outcome.UNKNOWN);
        assertThat(report.errmsg()).isEqualTo("HTTP 302");
    }

    @Test
    void reSignsOnceOnAnInvalidTimestamp() {
        dingTalk.then(FakeDingTalk.answer(310000, "invalid timestamp"));
        DeliveryReport report = send(fast());
        assertThat(report.delivered()).isTrue();
        assertThat(report.attempts()).isEqualTo(2);

        dingTalk.then(FakeDingTalk.answer(310000, "invalid timestamp"))
                .then(FakeDingTalk.answer(310000, "invalid timestamp"));
        DeliveryReport twice = send(fast());
        assertThat(twice.outcome()).isEqualTo(Outcome.INVALID_TIMESTAMP);
        assertThat(twice.attempts()).isEqualTo(2);
    }

    @Test
    void aThrottledRobotIsParkedAndTheMessageDeliveredAfterTheBlock() {
        dingTalk.then(FakeDingTalk.answer(130101, "send too fast, exceed 20 times per minute"));
        DeliveryReport report = send(fast().withThrottleBlock(Duration.ofMillis(400)));

        assertThat(report.delivered()).isTrue();
        assertThat(report.attempts()).isEqualTo(2);
        assertThat(report.budgetWait()).isGreaterThanOrEqualTo(Duration.ofMillis(350));
        List<FakeDingTalk.Seen> seen = dingTalk.seen();
        assertThat(seen.get(1).arrivedNanos() - seen.get(0).arrivedNanos())
                .isGreaterThanOrEqualTo(Duration.ofMillis(400).toNanos());
    }

    @Test
    void aThrottledRobotFailsClearlyWhenTheBlockOutlastsTheDeadline() {
        dingTalk.then(FakeDingTalk.answer(410100, "发送速度太快而限流"));
        DeliveryReport report = send(fast().withThrottleBlock(Duration.ofMinutes(10)));

        assertThat(report.delivered()).isFalse();
        assertThat(report.outcome()).isEqualTo(Outcome.THROTTLED);
        assertThat(report.errmsg()).contains("throttled by DingTalk until");
        assertThat(report.throttledUntil()).isPresent();
        assertThat(report.errcode()).isEqualTo(410100);
        assertThat(dingTalk.seen()).hasSize(1);
        assertThat(report.toMap()).containsEntry("outcome", "THROTTLED").containsKey("throttledUntil");
    }

    @Test
    void mentionsAndKeywordsAreWrittenIntoTheBodyTheServerReceives() {
        robot = Robot.of(robot.endpoint(), TestSecrets.TOKEN, TestSecrets.SECRET, List.of("巡检"));
        client(fast()).send(robot, new TextMessage("磁盘满", At.mobiles("13800000000")));
        assertThat(dingTalk.seen().get(0).body()).contains("\"content\":\"磁盘满\\n@13800000000\\n巡检\"");
    }

    @Test
    void anOversizedMessageIsCutBeforeItsMentionsAndKeywordSoTheySurvive() {
        robot = Robot.of(robot.endpoint(), TestSecrets.TOKEN, TestSecrets.SECRET, List.of("巡检告警"));
        DeliveryReport report =
                client(fast()).send(robot, new MarkdownMessage("t", "日志行\n".repeat(10_000), At.mobiles("13800000000")));

        assertThat(report.delivered()).isTrue();
        String body = dingTalk.seen().get(0).body();
        assertThat(body.getBytes(java.nio.charset.StandardCharsets.UTF_8).length)
                .isLessThanOrEqualTo(20_000);
        assertThat(body)
                .contains("truncated:")
                .endsWith(
                        "@13800000000\\n\\n巡检告警\"},\"at\":{\"atMobiles\":[\"13800000000\"],\"atUserIds\":[],\"isAtAll\":false},\"msgUuid\":\""
                                + report.msgUuid() + "\"}");
    }

    @Test
    void anErrmsgThatQuotesTheRequestIsRedacted() {
        dingTalk = new FakeDingTalk(TestSecrets.TOKEN, TestSecrets.SECRET) {
            @Override
            public MockResponse dispatch(mockwebserver3.RecordedRequest request) {
                super.dispatch(request);
                return answer(
                        310000,
                        "sign not match, request " + request.getUrl().encodedPath() + "?"
                                + request.getUrl().encodedQuery() + " secret " + TestSecrets.SECRET);
            }
        };
        server.setDispatcher(dingTalk);

        DeliveryReport report = send(fast());

        assertThat(report.outcome()).isEqualTo(Outcome.SIGN_MISMATCH);
        assertThat(report.errmsg()).startsWith("sign not match, request /robot/send?****&****&****");
        SecretLeakGuard.assertNoSecret(report.errmsg());
        assertThat(report.errmsg()).doesNotContain(dingTalk.seen().get(0).sign());
    }
}
