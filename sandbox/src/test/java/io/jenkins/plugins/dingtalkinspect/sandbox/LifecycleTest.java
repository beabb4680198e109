package io.jenkins.plugins.dingtalkinspect.sandbox;

import static io.jenkins.plugins.dingtalkinspect.sandbox.TestHttp.postJson;
import static io.jenkins.plugins.dingtalkinspect.sandbox.TestHttp.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LifecycleTest {

    @Test
    void startsOnAFreeLoopbackPort() {
        try (DingTalkSandbox a = DingTalkSandbox.start();
                DingTalkSandbox b = DingTalkSandbox.start(0)) {
            assertThat(a.port()).isPositive().isNotEqualTo(b.port());
            assertThat(a.baseUri()).isEqualTo(URI.create("http://127.0.0.1:" + a.port() + "/"));
            assertThat(a.webhookEndpoint()).isEqualTo(URI.create("http://127.0.0.1:" + a.port() + "/robot/send"));
            assertThat(a.webhookUri("t 1").toString()).endsWith("/robot/send?access_token=t+1");
        }
    }

    @Test
    void startsOnAGivenPortAndFreesItOnClose() throws Exception {
        int port;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();
        }
        DingTalkSandbox sandbox = DingTalkSandbox.start(port);
        sandbox.register(SandboxRobot.tokenOnly("ops", "t1"));
        URI webhook = TestHttp.unsigned(sandbox, "t1");
        assertThat(sandbox.port()).isEqualTo(port);
        assertThat(postJson(webhook, text("x")).errcode()).isZero();

        sandbox.close();

        assertThatThrownBy(() -> postJson(webhook, text("y"))).isInstanceOf(IOException.class);
        try (DingTalkSandbox again = DingTalkSandbox.start(port)) {
            assertThat(again.port()).isEqualTo(port);
        }
    }

    @Test
    void closeDoesNotWaitForDelayedAnswers() throws Exception {
        DingTalkSandbox sandbox =
                DingTalkSandbox.start(SandboxOptions.defaults().withRobots(SandboxRobot.tokenOnly("ops", "t1")));
        sandbox.faults().failNext(Fault.delay(Duration.ofSeconds(30)));
        Thread sender = new Thread(() -> {
            try {
                postJson(TestHttp.unsigned(sandbox, "t1"), text("slow"));
            } catch (IOException | InterruptedException expected) {
                // the sandbox goes away under it
            }
        });
        sender.start();
        Thread.sleep(200);

        long start = System.nanoTime();
        sandbox.close();
        sender.join(5_000);

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
        assertThat(sender.isAlive()).isFalse();
    }

    @Test
    void registeringTheSameTokenReplacesTheRobot() throws Exception {
        try (DingTalkSandbox sandbox = DingTalkSandbox.start()) {
            sandbox.register(SandboxRobot.tokenOnly("old", "t1"));
            sandbox.register(SandboxRobot.tokenOnly("new", "t1").withKeywords("巡检"));

            assertThat(sandbox.robots()).extracting(SandboxRobot::name).containsExactly("new");
            assertThat(postJson(TestHttp.unsigned(sandbox, "t1"), text("x")).errmsg())
                    .isEqualTo("keywords not in content");
        }
    }

    @Test
    void awaitsMessagesSentFromAnotherThread() throws Exception {
        try (DingTalkSandbox sandbox = DingTalkSandbox.start()) {
            sandbox.register(SandboxRobot.tokenOnly("ops", "t1"));
            Thread sender = new Thread(() -> {
                try {
                    Thread.sleep(100);
                    postJson(TestHttp.unsigned(sandbox, "t1"), text("later"));
                } catch (IOException | InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            });
            sender.start();

            List<RecordedMessage> got = sandbox.awaitMessages("t1", 1, Duration.ofSeconds(5));

            assertThat(got).singleElement().satisfies(m -> assertThat(m.delivered())
                    .isTrue());
            assertThat(sandbox.awaitMessages(2, Duration.ofMillis(50))).hasSize(1);
        }
    }

    @Test
    void textRepresentationsNeverIncludeCredentials() throws Exception {
        SandboxRobot robot = SandboxRobot.signed("ops", "tok-123456", "SECabcdef");
        assertThat(robot.toString())
                .contains("ops")
                .doesNotContain("tok-123456")
                .doesNotContain("SECabcdef");
        try (DingTalkSandbox sandbox = DingTalkSandbox.start()) {
            sandbox.register(robot);
            postJson(TestHttp.unsigned(sandbox, "tok-123456"), text("x"));
            RecordedMessage message = sandbox.messages("tok-123456").get(0);
            assertThat(message.token()).isEqualTo("tok-123456");
            assertThat(message.toString()).contains("ops").doesNotContain("tok-123456");
        }
    }

    @Test
    void validatesItsInputs() {
        assertThatThrownBy(() -> SandboxRobot.tokenOnly(" ", "t")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SandboxRobot.signed("n", "t", "")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SandboxRobot.tokenOnly("n", "t")
                        .withKeywords("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RateLimit(5, Duration.ZERO, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Fault.HttpStatus(42)).isInstanceOf(IllegalArgumentException.class);
        assertThat(RateLimit.off().enabled()).isFalse();
        assertThat(new SandboxRobot("n", "t", null, null, null).secret()).isEqualTo(Optional.empty());
    }
}
