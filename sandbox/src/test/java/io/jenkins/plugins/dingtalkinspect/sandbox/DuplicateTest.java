package io.jenkins.plugins.dingtalkinspect.sandbox;

import static io.jenkins.plugins.dingtalkinspect.sandbox.TestHttp.markdown;
import static io.jenkins.plugins.dingtalkinspect.sandbox.TestHttp.postJson;
import static io.jenkins.plugins.dingtalkinspect.sandbox.TestHttp.text;
import static io.jenkins.plugins.dingtalkinspect.sandbox.TestHttp.withUuid;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DuplicateTest {

    private DingTalkSandbox sandbox;
    private URI ops;

    @BeforeEach
    void start() {
        sandbox = DingTalkSandbox.start(SandboxOptions.defaults()
                .withRobots(
                        SandboxRobot.tokenOnly("ops", "t1").withKeywords("巡检"), SandboxRobot.tokenOnly("dev", "t2")));
        ops = TestHttp.unsigned(sandbox, "t1");
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    @Test
    void aRetryWithTheSameMsgUuidIsAnsweredOkButMarkedDuplicate() throws Exception {
        String body = withUuid(markdown("巡检", "all green"), "uuid-1");

        assertThat(postJson(ops, body).errcode()).isZero();
        assertThat(postJson(ops, body).errcode()).isZero();

        assertThat(sandbox.messages()).extracting(RecordedMessage::duplicate).containsExactly(false, true);
        assertThat(sandbox.messages()).extracting(RecordedMessage::delivered).containsExactly(true, false);
        String page = TestHttp.get(sandbox.baseUri()).body();
        assertThat(page).containsOnlyOnce("all green").contains("1 duplicate retry ignored");
    }

    @Test
    void messagesWithoutMsgUuidAreNeverDuplicates() throws Exception {
        postJson(ops, text("巡检"));
        postJson(ops, text("巡检"));

        assertThat(sandbox.messages()).noneMatch(RecordedMessage::duplicate);
    }

    @Test
    void uuidsArePerRobot() throws Exception {
        postJson(ops, withUuid(text("巡检"), "shared"));
        postJson(TestHttp.unsigned(sandbox, "t2"), withUuid(text("x"), "shared"));

        assertThat(sandbox.messages()).noneMatch(RecordedMessage::duplicate);
    }

    @Test
    void aRefusedMessageDoesNotMakeItsFixedRetryADuplicate() throws Exception {
        assertThat(postJson(ops, withUuid(text("no keyword"), "u")).errcode()).isEqualTo(310000);
        assertThat(postJson(ops, withUuid(text("巡检 fixed"), "u")).errcode()).isZero();

        assertThat(sandbox.messages()).noneMatch(RecordedMessage::duplicate);
    }

    @Test
    void duplicatesDoNotUseUpTheRateLimit() throws Exception {
        sandbox.register(SandboxRobot.tokenOnly("tight", "t3")
                .withRateLimit(RateLimit.of(2, Duration.ofMinutes(1), Duration.ofMinutes(1))));
        URI tight = TestHttp.unsigned(sandbox, "t3");
        String body = withUuid(text("x"), "same");

        for (int i = 0; i < 5; i++) {
            assertThat(postJson(tight, body).errcode()).isZero();
        }
        assertThat(postJson(tight, text("second")).errcode()).isZero();
        assertThat(postJson(tight, text("third")).errcode()).isEqualTo(130101);
    }

    @Test
    void concurrentRetriesAreAcceptedOnce() throws Exception {
        String body = withUuid(text("巡检 race"), "race");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                answers.add(pool.submit(() -> postJson(ops, body).errcode()));
            }
            for (Future<Integer> answer : answers) {
                assertThat(answer.get()).isZero();
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(sandbox.messages())
                .hasSize(8)
                .filteredOn(RecordedMessage::delivered)
                .hasSize(1);
    }

    @Test
    void clearForgetsSeenUuids() throws Exception {
        String body = withUuid(text("巡检"), "u");
        postJson(ops, body);
        sandbox.clear();

        postJson(ops, body);

        assertThat(sandbox.messages()).singleElement().satisfies(m -> assertThat(m.duplicate())
                .isFalse());
    }
}
