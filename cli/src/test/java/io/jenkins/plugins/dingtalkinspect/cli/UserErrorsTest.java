package io.jenkins.plugins.dingtalkinspect.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A user's mistakes: one line naming the option, exit code 2, no stack trace and no secret. */
class UserErrorsTest {

    private static void assertCleanError(CliRun run, String... secrets) {
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err())
                .startsWith("dingtalk-inspect: ")
                .doesNotContain("Exception")
                .doesNotContain("\tat ");
        for (String secret : secrets) {
            assertThat(run.out() + run.err()).doesNotContain(secret);
        }
    }

    @Test
    void mistypedOptionsDoNotEchoSecrets() {
        assertCleanError(
                CliRun.of("send", "--secrt", "SECleaksecret999", "--title", "t", "--content", "c"), "SECleaksecret999");
        assertCleanError(
                CliRun.of("send", "--webhok", "https://oapi.dingtalk.com/robot/send?access_token=leaktoken123"),
                "leaktoken123");
        assertCleanError(CliRun.of("send", "--tokn", "leaktoken456", "--title", "t"), "leaktoken456");
        assertCleanError(CliRun.of("send", "--secret"));
    }

    @Test
    void aWebhookWithATokenGivenAsTheEndpointIsRefusedWithoutShowingIt() {
        CliRun run = CliRun.of(
                "send",
                "--token",
                "othertoken123",
                "--webhook",
                "http://127.0.0.1:18089/robot/send?access_token=secret-tok-12345",
                "--title",
                "t",
                "--content",
                "c");
        assertCleanError(run, "secret-tok-12345", "othertoken123");
        assertThat(run.err()).contains("--webhook: must not contain a query");
    }

    @Test
    void coreFieldsAreNamedAsTheOptionsTheUserTyped() {
        CliRun badUrl = CliRun.of("preview", "--title", "t", "--content", "c", "--url", "javascript:alert(1)");
        assertCleanError(badUrl);
        assertThat(badUrl.err()).contains("--url: must be an http(s):// URL");
        CliRun badLang = CliRun.of("preview", "--title", "t", "--content", "c", "--lang", "fr");
        assertThat(badLang.err()).contains("--lang: must be one of zh_CN, en");
        CliRun badMobile = CliRun.of("preview", "--title", "t", "--content", "c", "--at-mobile", "12");
        assertThat(badMobile.err()).contains("--at-mobile:");
    }

    @Test
    void secretLookingValuesAreNotRepeatedInValidationErrors() {
        assertCleanError(
                CliRun.of(
                        "preview",
                        "--title",
                        "t",
                        "--content",
                        "c",
                        "--at-user",
                        "https://x/?access_token=tok12345678"),
                "tok12345678");
        assertCleanError(
                CliRun.of("preview", "--title", "t", "--content", "c", "--lang", "SECsecret0001"), "SECsecret0001");
        assertCleanError(
                CliRun.of(
                        "preview",
                        "--title",
                        "t",
                        "--content",
                        "c",
                        "--url",
                        "https://user:SECpass0001@x.example.com/"),
                "SECpass0001");
    }

    @Test
    void aPortOutOfRangeIsAnInputErrorAndUnexpectedErrorsShowNoTrace() {
        CliRun run = CliRun.of(
                "send",
                "--webhook",
                "https://oapi.dingtalk.com:99999/robot/send?access_token=porttoken0001",
                "--title",
                "t",
                "--content",
                "c");
        assertCleanError(run, "porttoken0001");
    }

    @Test
    void aCardTextAndBodyCannotBeMixed() {
        CliRun run = CliRun.of(
                "send",
                "--webhook",
                "https://oapi.dingtalk.com/robot/send?access_token=mixtoken0001",
                "--title",
                "t",
                "--content",
                "c",
                "--text",
                "hi");
        assertCleanError(run, "mixtoken0001");
        assertThat(run.err()).contains("choose one");
    }

    @Test
    void aBusyPortIsASettingToFixNotACrash() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            CliRun run = CliRun.of("sandbox", "--port", Integer.toString(taken.getLocalPort()));
            assertCleanError(run);
            assertThat(run.err()).contains("--port: cannot listen there");
        }
        CliRun badBind = CliRun.of(
                "serve",
                "--bind",
                "999.1.1.1",
                "--port",
                "0",
                "--auth-token",
                "relay-auth-token-0123456789",
                "--webhook",
                "https://oapi.dingtalk.com/robot/send?access_token=relaytoken0001");
        assertCleanError(badBind, "relaytoken0001");
        assertThat(badBind.err()).contains("--bind");
    }

    @Test
    void everyCommandHasHelp() {
        for (String command : new String[] {"send", "preview", "sandbox", "serve", "demo", "load", "check-template"}) {
            CliRun run = CliRun.of(command, "--help");
            assertThat(run.exitCode()).as(command).isZero();
            assertThat(run.out()).contains("Usage: dingtalk-inspect " + command);
        }
    }

    @Test
    void customTemplatesAreCheckedAndUsed(@TempDir Path dir) throws Exception {
        Path good = dir.resolve("card.mustache");
        Files.writeString(good, "### {{levelSymbol}} {{title}}\n\n{{content}}\n\n{{time}}\n");
        Path typo = dir.resolve("typo.mustache");
        Files.writeString(typo, "### {{titel}}\n\n{{content}}\n");
        Path broken = dir.resolve("broken.mustache");
        Files.writeString(broken, "line one\n{{#build}}\n");

        assertThat(CliRun.of("check-template", good.toString()).out()).contains("template OK");
        CliRun warned = CliRun.of("check-template", typo.toString());
        assertThat(warned.out()).contains(typo + ":1:").contains("titel");
        CliRun failed = CliRun.of("check-template", broken.toString());
        assertThat(failed.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(failed.out()).contains(broken + ":2:").contains("template NOT usable");

        CliRun preview =
                CliRun.of("preview", "--title", "备份", "--content", "全部成功", "--template", good.toString(), "--json");
        assertThat(preview.exitCode()).as(preview.err()).isZero();
        assertThat(preview.out()).contains("### ✅ 备份\\n\\n全部成功");
    }

    @Test
    void maskingHidesSecretOptionValuesAndTokensInUrls() {
        String[] args = {"--secret", "SECabc12345", "--webhook=https://h/robot/send?access_token=tok1"};
        assertThat(UserErrors.mask("x SECabc12345 y https://h/robot/send?access_token=tok1", args))
                .isEqualTo("x **** y ****");
    }
}
