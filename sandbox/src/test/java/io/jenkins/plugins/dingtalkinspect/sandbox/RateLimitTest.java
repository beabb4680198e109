package io.jenkins.plugins.dingtalkinspect.sandbox;

import static io.jenkins.plugins.dingtalkinspect.sandbox.TestHttp.postJson;
import static io.jenkins.plugins.dingtalkinspect.sandbox.TestHttp.text;
import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.dingtalkinspect.sandbox.TestHttp.Answer;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RateLimitTest {

    private static final RateLimit FAST = RateLimit.of(20, Duration.ofSeconds(2), Duration.ofSeconds(1));

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T08:00:00Z"));
    private DingTalkSandbox sandbox;

    @AfterEach
    void stop() {
        if (sandbox != null) {
            sandbox.close();
        }
    }

    @Test
    void blocksTheTwentyFirstMessageThenTheRobotUntilTheBlockEnds() throws Exception {
        sandbox = DingTalkSandbox.start(SandboxOptions.defaults()
                .withClock(clock)
                .withDefaultRateLimit(FAST)
                .withRobots(SandboxRobot.tokenOnly("ops", "t1"), SandboxRobot.tokenOnly("other", "t2")));
        URI ops = TestHttp.unsigned(sandbox, "t1");

        sendAccepted(ops, 20);
        Answer tooFast = postJson(ops, text("21"));
        assertThat(tooFast.errcode()).isEqualTo(130101);
        assertThat(tooFast.errmsg()).isEqualTo("send too fast, exceed 20 times per minute");

        // Another robot has its own window.
        assertThat(postJson(TestHttp.unsigned(sandbox, "t2"), text("x")).errcode())
                .isZero();

        // The block runs from the refusal: probe just before and exactly at its end.
        clock.advance(Duration.ofMillis(999));
        assertThat(postJson(ops, text("blocked")).errcode()).isEqualTo(130101);
        clock.advance(Duration.ofMillis(1));
        assertThat(postJson(ops, text("free again")).errcode()).isZero();

        assertThat(sandbox.messages("t1"))
                .extracting(RecordedMessage::errcode)
                .containsExactly(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 130101, 130101, 0);
    }

    @Test
    void windowSlides() throws Exception {
        sandbox = DingTalkSandbox.start(SandboxOptions.defaults()
                .withClock(clock)
                .withDefaultRateLimit(FAST)
                .withRobots(SandboxRobot.tokenOnly("ops", "t1")));
        URI ops = TestHttp.unsigned(sandbox, "t1");

        sendAccepted(ops, 10);
        clock.advance(Duration.ofMillis(1500));
        sendAccepted(ops, 10);
        // The first ten leave the window 2 s after they were sent; the second ten are still in it.
        clock.advance(Duration.ofMillis(500));
        sendAccepted(ops, 10);
        assertThat(postJson(ops, text("one too many")).errcode()).isEqualTo(130101);
    }

    @Test
    void onlyAcceptedMessagesCount() throws Exception {
        sandbox = DingTalkSandbox.start(SandboxOptions.defaults()
                .withClock(clock)
                .withDefaultRateLimit(FAST)
                .withRobots(SandboxRobot.tokenOnly("ops", "t1").withKeywords("巡检")));
        URI ops = TestHttp.unsigned(sandbox, "t1");

        for (int i = 0; i < 30; i++) {
            assertThat(postJson(ops, text("no keyword")).errcode()).isEqualTo(310000);
        }
        for (int i = 0; i < 20; i++) {
            assertThat(postJson(ops, text("巡检 " + i)).errcode()).isZero();
        }
        assertThat(postJson(ops, text("巡检 21")).errcode()).isEqualTo(130101);
    }

    @Test
    void aRobotsOwnLimitOverridesTheDefault() throws Exception {
        sandbox = DingTalkSandbox.start(SandboxOptions.defaults()
                .withClock(clock)
                .withDefaultRateLimit(FAST)
                .withRobots(
                        SandboxRobot.tokenOnly("unlimited", "t1").withRateLimit(RateLimit.off()),
                        SandboxRobot.tokenOnly("tight", "t2")
                                .withRateLimit(RateLimit.of(2, Duration.ofMinutes(1), Duration.ofMinutes(10)))));

        sendAccepted(TestHttp.unsigned(sandbox, "t1"), 50);
        URI tight = TestHttp.unsigned(sandbox, "t2");
        sendAccepted(tight, 2);
        assertThat(postJson(tight, text("3")).errcode()).isEqualTo(130101);
        clock.advance(Duration.ofMinutes(9));
        assertThat(postJson(tight, text("still blocked")).errcode()).isEqualTo(130101);
    }

    @Test
    void dingTalkDefaultIsTwentyPerMinuteWithATenMinuteBlock() throws Exception {
        assertThat(RateLimit.dingTalkDefault())
                .isEqualTo(new RateLimit(20, Duration.ofMinutes(1), Duration.ofMinutes(10)));
        sandbox = DingTalkSandbox.start(
                SandboxOptions.defaults().withClock(clock).withRobots(SandboxRobot.tokenOnly("ops", "t1")));
        URI ops = TestHttp.unsigned(sandbox, "t1");

        sendAccepted(ops, 20);
        assertThat(postJson(ops, text("21")).errcode()).isEqualTo(130101);
        clock.advance(Duration.ofMinutes(10).minusMillis(1));
        assertThat(postJson(ops, text("still blocked")).errcode()).isEqualTo(130101);
        clock.advance(Duration.ofMillis(1));
        assertThat(postJson(ops, text("ok")).errcode()).isZero();
    }

    @Test
    void clearForgetsRateState() throws Exception {
        sandbox = DingTalkSandbox.start(SandboxOptions.defaults()
                .withClock(clock)
                .withDefaultRateLimit(FAST)
                .withRobots(SandboxRobot.tokenOnly("ops", "t1")));
        URI ops = TestHttp.unsigned(sandbox, "t1");
        sendAccepted(ops, 20);
        assertThat(postJson(ops, text("21")).errcode()).isEqualTo(130101);

        sandbox.clear();

        assertThat(sandbox.messages()).isEmpty();
        assertThat(postJson(ops, text("fresh")).errcode()).isZero();
    }

    @Test
    void worksOnTheRealClock() throws Exception {
        sandbox = DingTalkSandbox.start(SandboxOptions.defaults()
                .withDefaultRateLimit(RateLimit.of(20, Duration.ofSeconds(2), Duration.ofMillis(600)))
                .withRobots(SandboxRobot.tokenOnly("ops", "t1")));
        URI ops = TestHttp.unsigned(sandbox, "t1");

        sendAccepted(ops, 20);
        assertThat(postJson(ops, text("21")).errcode()).isEqualTo(130101);
        Thread.sleep(700);
        assertThat(postJson(ops, text("after the block")).errcode()).isZero();
    }

    private static void sendAccepted(URI uri, int count) throws Exception {
        for (int i = 0; i < count; i++) {
            assertThat(postJson(uri, text("message " + i)).errcode())
                    .as("message %d", i)
                    .isZero();
        }
    }
}
