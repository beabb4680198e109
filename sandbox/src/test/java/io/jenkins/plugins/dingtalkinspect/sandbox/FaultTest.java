package io.jenkins.plugins.dingtalkinspect.sandbox;

import static io.jenkins.plugins.dingtalkinspect.sandbox.TestHttp.postJson;
import static io.jenkins.plugins.dingtalkinspect.sandbox.TestHttp.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.dingtalkinspect.sandbox.TestHttp.Answer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FaultTest {

    private DingTalkSandbox sandbox;
    private URI ops;

    @BeforeEach
    void start() {
        sandbox = DingTalkSandbox.start(SandboxOptions.defaults().withRobots(SandboxRobot.tokenOnly("ops", "t1")));
        ops = TestHttp.unsigned(sandbox, "t1");
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    @Test
    void resetDropsTheConnectionWithoutAnswer() throws Exception {
        sandbox.faults().failNext(1, Fault.reset());

        assertThatThrownBy(() -> postJson(ops, text("lost"))).isInstanceOf(IOException.class);
        assertThat(postJson(ops, text("next")).errcode()).isZero();

        assertThat(sandbox.messages()).hasSize(2);
        RecordedMessage reset = sandbox.messages().get(0);
        assertThat(reset.httpStatus()).isZero();
        assertThat(reset.fault()).contains(new Fault.Reset());
        assertThat(reset.accepted()).isFalse();
        assertThat(reset.robotName()).isEqualTo("ops");
    }

    @Test
    void resetOnAKeptAliveConnectionIsStillAnError() throws Exception {
        assertThat(postJson(ops, text("opens the connection")).errcode()).isZero();
        sandbox.faults().failNext(1, Fault.reset());

        assertThatThrownBy(() -> postJson(ops, text("lost"))).isInstanceOf(IOException.class);
        assertThat(sandbox.messages()).hasSize(2);
    }

    @Test
    void resetAlsoFailsTheDefaultHttp2CapableClient() {
        // The JDK client's default version tries an h2c upgrade first; the drop must still surface as an error.
        HttpClient client = HttpClient.newHttpClient();
        sandbox.faults().failNext(Fault.reset());
        HttpRequest request = HttpRequest.newBuilder(ops)
                .header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(5))
                .POST(HttpRequest.BodyPublishers.ofString(text("lost")))
                .build();

        assertThatThrownBy(() -> client.send(request, HttpResponse.BodyHandlers.ofString()))
                .isInstanceOf(IOException.class);
    }

    @Test
    void httpStatusAnswersThatStatus() throws Exception {
        sandbox.faults().failNext(2, Fault.httpStatus(503));

        Answer first = postJson(ops, text("a"));
        Answer second = postJson(ops, text("b"));
        Answer third = postJson(ops, text("c"));

        assertThat(first.status()).isEqualTo(503);
        assertThat(first.body()).contains("503");
        assertThat(second.status()).isEqualTo(503);
        assertThat(third.status()).isEqualTo(200);
        assertThat(third.errcode()).isZero();
        assertThat(sandbox.messages()).extracting(RecordedMessage::httpStatus).containsExactly(503, 503, 200);
        assertThat(sandbox.faults().pending()).isZero();
    }

    @Test
    void busyAnswersSystemBusy() throws Exception {
        sandbox.faults().failNext(1, Fault.busy());

        Answer answer = postJson(ops, text("a"));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.errcode()).isEqualTo(-1);
        assertThat(answer.errmsg()).isEqualTo("系统繁忙");
        assertThat(answer.json().get("errcode").isNumber()).isTrue();
    }

    @Test
    void errcodeAnswersAnyBusinessError() throws Exception {
        sandbox.faults().failNext(1, Fault.errcode(410100, "发送速度太快而限流"));

        Answer answer = postJson(ops, text("a"));

        assertThat(answer.errcode()).isEqualTo(410100);
        assertThat(answer.errmsg()).isEqualTo("发送速度太快而限流");
        assertThat(sandbox.messages().get(0).errcode()).isEqualTo(410100);
    }

    @Test
    void faultedRequestsStillShowTheirNormalChecks() throws Exception {
        sandbox.faults().failNext(1, Fault.busy());

        postJson(TestHttp.unsigned(sandbox, "unknown"), text("a"));

        RecordedMessage m = sandbox.messages().get(0);
        assertThat(m.robotName()).isNull();
        assertThat(m.errcode()).isEqualTo(-1);
        assertThat(m.msgtype()).isEqualTo("text");
    }

    @Test
    void delayAnswersLateButNormally() throws Exception {
        sandbox.faults().failNext(1, Fault.delay(Duration.ofMillis(400)));

        long start = System.nanoTime();
        Answer answer = postJson(ops, text("slow"));
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(took).isGreaterThanOrEqualTo(Duration.ofMillis(400));
        assertThat(answer.errcode()).isZero();
        assertThat(sandbox.messages().get(0).fault()).contains(Fault.delay(Duration.ofMillis(400)));
    }

    @Test
    void delayTriggersAClientReadTimeoutWhileTheMessageIsStillDelivered() throws Exception {
        sandbox.faults().failNext(1, Fault.delay(Duration.ofMillis(600)));
        HttpRequest request = HttpRequest.newBuilder(ops)
                .header("Content-Type", "application/json")
                .timeout(Duration.ofMillis(150))
                .POST(HttpRequest.BodyPublishers.ofString(text("timed out")))
                .build();

        assertThatThrownBy(() -> TestHttp.CLIENT.send(request, HttpResponse.BodyHandlers.ofString()))
                .isInstanceOf(HttpTimeoutException.class);

        // The classic duplicate: the client gave up, DingTalk posted it anyway.
        List<RecordedMessage> recorded = sandbox.awaitMessages(1, Duration.ofSeconds(5));
        assertThat(recorded).singleElement().satisfies(m -> assertThat(m.delivered())
                .isTrue());
    }

    @Test
    void faultsAreConsumedInOrder() throws Exception {
        sandbox.faults().failNext(1, Fault.busy()).failNext(1, Fault.httpStatus(502));
        assertThat(sandbox.faults().pending()).isEqualTo(2);

        assertThat(postJson(ops, text("a")).errcode()).isEqualTo(-1);
        assertThat(postJson(ops, text("b")).status()).isEqualTo(502);
        assertThat(postJson(ops, text("c")).errcode()).isZero();
    }

    @Test
    void faultedMessagesDoNotCountTowardsTheRateLimit() throws Exception {
        sandbox.register(SandboxRobot.tokenOnly("tight", "t2")
                .withRateLimit(RateLimit.of(1, Duration.ofMinutes(1), Duration.ofMinutes(1))));
        URI tight = TestHttp.unsigned(sandbox, "t2");
        sandbox.faults().failNext(3, Fault.busy());

        for (int i = 0; i < 3; i++) {
            postJson(tight, text("busy"));
        }

        assertThat(postJson(tight, text("first real")).errcode()).isZero();
    }

    @Test
    void clearingThePlanDropsQueuedFaults() throws Exception {
        sandbox.faults().failNext(5, Fault.reset());
        sandbox.faults().clear();

        assertThat(postJson(ops, text("fine")).errcode()).isZero();
    }
}
