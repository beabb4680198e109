package io.jenkins.plugins.dingtalkinspect.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.jenkins.plugins.dingtalkinspect.sandbox.DingTalkSandbox;
import io.jenkins.plugins.dingtalkinspect.sandbox.RecordedMessage;
import io.jenkins.plugins.dingtalkinspect.sandbox.SandboxRobot;
import io.jenkins.plugins.dingtalkinspect.sandbox.SignatureCheck;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SendAndPreviewTest {

    static final String TOKEN = "cli-test-token-0001";
    static final String SECRET = "SECclitest0123456789";

    private DingTalkSandbox sandbox;

    @BeforeEach
    void start() {
        sandbox = DingTalkSandbox.start();
        sandbox.register(SandboxRobot.signed("ops", TOKEN, SECRET));
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    private String webhook() {
        return sandbox.webhookEndpoint() + "?access_token=" + TOKEN;
    }

    @Test
    void sendsACardThatTheSandboxAcceptsAndPrintsAJsonReport() throws Exception {
        CliRun run = CliRun.of(
                "send",
                "--webhook",
                webhook(),
                "--secret",
                SECRET,
                "--title",
                "备份检查",
                "--content",
                "- 全量备份：成功",
                "--level",
                "error",
                "--author",
                "张三",
                "--at-mobile",
                "13800000000",
                "--json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode report = Reports.JSON.readTree(run.out());
        assertThat(report.get("delivered").asBoolean()).isTrue();
        assertThat(report.get("errcode").asInt()).isZero();
        assertThat(report.get("errmsg").asText()).isEqualTo("ok");
        assertThat(report.get("outcome").asText()).isEqualTo("DELIVERED");
        assertThat(report.get("attempts").asInt()).isEqualTo(1);
        RecordedMessage got = sandbox.messages().get(0);
        assertThat(got.msgUuid()).isEqualTo(report.get("msgUuid").asText());
        assertThat(got.signature()).isEqualTo(SignatureCheck.VALID);
        assertThat(got.body().at("/markdown/text").asText()).contains("每天巡检异常").contains("@13800000000");
        assertThat(run.out() + run.err()).doesNotContain(TOKEN).doesNotContain(SECRET);
    }

    @Test
    void aTokenWithTheEndpointWorksAndTheTextModeSendsText() {
        CliRun run = CliRun.of(
                "send",
                "--webhook",
                sandbox.webhookEndpoint().toString(),
                "--token",
                TOKEN,
                "--secret",
                SECRET,
                "--text",
                "磁盘告警");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("钉钉消息已送达");
        assertThat(sandbox.messages().get(0).msgtype()).isEqualTo("text");
    }

    @Test
    void anyMessageTypeCanBeSentFromAFile(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path file = dir.resolve("card.json");
        java.nio.file.Files.writeString(
                file,
                "{\"msgtype\":\"actionCard\",\"actionCard\":{\"title\":\"发布\",\"text\":\"v1.2 已发布\","
                        + "\"btns\":[{\"title\":\"日志\",\"actionURL\":\"https://ci.example.com/console\"}],"
                        + "\"btnOrientation\":\"1\"}}");
        CliRun run = CliRun.of("send", "--webhook", webhook(), "--secret", SECRET, "--body", file.toString(), "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        RecordedMessage got = sandbox.messages().get(0);
        assertThat(got.msgtype()).isEqualTo("actionCard");
        assertThat(got.body().at("/actionCard/btns/0/actionURL").asText()).isEqualTo("https://ci.example.com/console");

        CliRun bad = CliRun.of(
                "send",
                "--webhook",
                webhook(),
                "--body",
                dir.resolve("missing.json").toString());
        assertThat(bad.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(bad.err()).contains("--body: cannot read");
    }

    @Test
    void exitCodesFollowTheOutcomeClass() {
        CliRun wrongSecret = CliRun.of(
                "send", "--webhook", webhook(), "--secret", "SECwrong0123456789", "--title", "t", "--content", "c");
        assertThat(wrongSecret.exitCode()).isEqualTo(ExitCodes.CONFIGURATION);
        assertThat(wrongSecret.out()).contains("SIGN_MISMATCH");

        CliRun unknownToken = CliRun.of(
                "send",
                "--webhook",
                sandbox.webhookEndpoint() + "?access_token=nosuchtoken1",
                "--title",
                "t",
                "--content",
                "c",
                "--json");
        assertThat(unknownToken.exitCode()).isEqualTo(ExitCodes.CONFIGURATION);
        assertThat(unknownToken.out()).contains("TOKEN_INVALID").doesNotContain("nosuchtoken1");
    }

    @Test
    void badInputIsAMessageAndExitCodeTwoWithNothingSent() {
        CliRun badLevel =
                CliRun.of("send", "--webhook", webhook(), "--title", "t", "--content", "c", "--level", "warn");
        assertThat(badLevel.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(badLevel.err()).contains("level").contains("info, error").doesNotContain("Exception");

        CliRun noTitle = CliRun.of("send", "--webhook", webhook(), "--content", "c");
        assertThat(noTitle.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(noTitle.err()).contains("--title");

        CliRun noRobot = CliRun.of("send", "--title", "t", "--content", "c");
        assertThat(noRobot.err()).contains("--webhook");

        CliRun badMobile =
                CliRun.of("send", "--webhook", webhook(), "--title", "t", "--content", "c", "--at-mobile", "123");
        assertThat(badMobile.err()).contains("--at-mobile:");

        CliRun badEndpoint = CliRun.of(
                "send",
                "--webhook",
                "https://exa mple.com/robot/send",
                "--token",
                TOKEN,
                "--title",
                "t",
                "--content",
                "c");
        assertThat(badEndpoint.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(badEndpoint.err())
                .contains("--webhook: is not a URL")
                .doesNotContain("Exception")
                .doesNotContain(TOKEN);

        CliRun unknownOption = CliRun.of("send", "--colour", "red");
        assertThat(unknownOption.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(sandbox.messages()).isEmpty();
    }

    @Test
    void previewPrintsTheExactBodyWithoutSending() throws Exception {
        InputStream stdin = System.in;
        try {
            System.setIn(new ByteArrayInputStream("来自标准输入的**内容**".getBytes(StandardCharsets.UTF_8)));
            CliRun run = CliRun.of("preview", "--title", "Disk", "--content", "-", "--lang", "en", "--json");
            assertThat(run.exitCode()).as(run.err()).isZero();
            JsonNode preview = Reports.JSON.readTree(run.out());
            assertThat(preview.get("title").asText()).contains("Disk");
            assertThat(preview.get("markdown").asText()).contains("来自标准输入的**内容**");
            assertThat(preview.at("/body/msgtype").asText()).isEqualTo("markdown");
            assertThat(preview.at("/body/markdown/text").asText())
                    .isEqualTo(preview.get("markdown").asText());
            assertThat(preview.at("/body/msgUuid").asText()).isNotBlank();
        } finally {
            System.setIn(stdin);
        }
        CliRun plain = CliRun.of("preview", "--title", "Disk", "--content", "x");
        assertThat(plain.out()).contains("# markdown").contains("每天巡检");
        assertThat(sandbox.messages()).isEmpty();
    }

    @Test
    void demoExitsZeroAfterDeliveringBothCards() {
        CliRun run = CliRun.of("demo", "--exit");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("info:").contains("error:").contains("Cards: http://127.0.0.1:");
    }

    @Test
    void loadReportsTheBurstFigures() throws Exception {
        CliRun run = CliRun.of("load", "--messages", "30", "--limit", "10", "--window", "500ms", "--json");
        assertThat(run.exitCode()).as(run.err() + run.out()).isZero();
        JsonNode figures = Reports.JSON.readTree(run.out());
        assertThat(figures.get("delivered").asInt()).isEqualTo(30);
        assertThat(figures.get("throttled").asInt()).isZero();
        assertThat(figures.get("lost").asInt()).isZero();
        assertThat(figures.get("failed").asInt()).isZero();
        assertThat(figures.get("minimumMs").asLong()).isEqualTo(1000);
        assertThat(figures.get("elapsedMs").asLong()).isGreaterThanOrEqualTo(1000);
        assertThat(figures.get("maxInWindow").asInt()).isLessThanOrEqualTo(10);
    }

    @Test
    void loadWithDigestsDeliversEverythingInFewerMessages() throws Exception {
        CliRun run =
                CliRun.of("load", "--messages", "60", "--limit", "10", "--window", "500ms", "--digest", "5", "--json");
        assertThat(run.exitCode()).as(run.err() + run.out()).isZero();
        JsonNode figures = Reports.JSON.readTree(run.out());
        assertThat(figures.get("delivered").asInt()).isEqualTo(60);
        assertThat(figures.get("lost").asInt()).isZero();
        assertThat(figures.get("throttled").asInt()).isZero();
        assertThat(figures.get("digests").asInt()).isPositive();
        assertThat(figures.get("requests").asInt()).isLessThan(60);
    }
}
