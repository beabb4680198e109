package io.jenkins.plugins.dingtalkinspect.robot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.dingtalkinspect.testing.SecretLeakGuard;
import io.jenkins.plugins.dingtalkinspect.testing.TestSecrets;
import java.net.URI;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RobotTest {

    @Test
    void acceptsABareToken() {
        Robot robot = Robot.of(TestSecrets.TOKEN, TestSecrets.SECRET, List.of("巡检"));
        assertThat(robot.endpoint()).isEqualTo(Robot.DEFAULT_ENDPOINT);
        assertThat(robot.token()).isEqualTo(TestSecrets.TOKEN);
        assertThat(robot.signed()).isTrue();
        assertThat(robot.keywords()).containsExactly("巡检");
    }

    @Test
    void acceptsAWholePastedWebhookUrl() {
        Robot robot = Robot.of("https://oapi.dingtalk.io/robot/send?access_token=" + TestSecrets.TOKEN, null, null);
        assertThat(robot.endpoint()).isEqualTo(URI.create("https://oapi.dingtalk.io/robot/send"));
        assertThat(robot.token()).isEqualTo(TestSecrets.TOKEN);
        assertThat(robot.signed()).isFalse();
        assertThat(robot.keywords()).isEmpty();
    }

    @Test
    void pastedUrlMayCarryOtherParameters() {
        Robot robot = Robot.of(
                " https://oapi.dingtalk.com/robot/send?foo=1&access_token=" + TestSecrets.TOKEN + " ", "", List.of());
        assertThat(robot.token()).isEqualTo(TestSecrets.TOKEN);
        assertThat(robot.secret()).isEmpty();
    }

    @Test
    void acceptsAnAdminChosenHttpsEndpointAndLoopbackHttp() {
        assertThat(Robot.of(URI.create("https://dingtalk-proxy.example.com/robot/send"), TestSecrets.TOKEN, null, null)
                        .endpoint()
                        .getHost())
                .isEqualTo("dingtalk-proxy.example.com");
        assertThat(Robot.of(URI.create("http://127.0.0.1:8080/robot/send"), TestSecrets.TOKEN, null, null)
                        .endpoint()
                        .getPort())
                .isEqualTo(8080);
    }

    @Test
    void anEndpointWithAQueryIsRefusedWithoutShowingIt() {
        String pasted = "https://oapi.dingtalk.com/robot/send?access_token=" + TestSecrets.TOKEN;
        assertThatThrownBy(() -> Robot.parseEndpoint(pasted))
                .hasMessageStartingWith("endpoint: must not contain a query")
                .satisfies(e -> SecretLeakGuard.assertNoSecret(e.getMessage()));
        assertThatThrownBy(() -> Robot.of(URI.create(pasted), TestSecrets.OTHER_TOKEN, null, null))
                .satisfies(e -> SecretLeakGuard.assertNoSecret(e.getMessage()));
        assertThatThrownBy(() -> Robot.requireValidEndpoint(
                        URI.create("http://user:" + TestSecrets.TOKEN + "@example.com/robot/send")))
                .hasMessageContaining("got http://example.com/robot/send")
                .satisfies(e -> SecretLeakGuard.assertNoSecret(e.getMessage()));
    }

    @Test
    void anExplicitEndpointThatDiffersFromAPastedWebhookIsRefused() {
        String pasted = "https://oapi.dingtalk.com/robot/send?access_token=" + TestSecrets.TOKEN;
        assertThatThrownBy(() -> Robot.of(URI.create("https://oapi.dingtalk.io/robot/send"), pasted, null, null))
                .hasMessageStartingWith(
                        "endpoint: differs from the webhook URL in the token (https://oapi.dingtalk.com/robot/send)")
                .satisfies(e -> SecretLeakGuard.assertNoSecret(e.getMessage()));
        String io = "https://oapi.dingtalk.io/robot/send?access_token=" + TestSecrets.TOKEN;
        assertThat(Robot.of(Robot.DEFAULT_ENDPOINT, io, null, null).endpoint().getHost())
                .isEqualTo("oapi.dingtalk.io");
        assertThat(Robot.of(URI.create("https://oapi.dingtalk.io/robot/send"), io, null, null)
                        .token())
                .isEqualTo(TestSecrets.TOKEN);
    }

    @Test
    void anEndpointAsTypedLosesItsQueryAndFragment() {
        assertThat(Robot.stripQuery(" https://oapi.dingtalk.io/robot/send?access_token=" + TestSecrets.TOKEN))
                .isEqualTo("https://oapi.dingtalk.io/robot/send");
        assertThat(Robot.stripQuery("https://h.example.com/send#x?y")).isEqualTo("https://h.example.com/send");
        assertThat(Robot.stripQuery("  ?access_token=x")).isNull();
        assertThat(Robot.stripQuery(null)).isNull();
        assertThat(Robot.hasQuery("https://h.example.com/send#frag")).isTrue();
        assertThat(Robot.hasQuery("https://h.example.com/send")).isFalse();
        assertThat(Robot.hasQuery(null)).isFalse();
    }

    @Test
    void aPortOutOfRangeIsAnInputError() {
        assertThatThrownBy(() -> Robot.parseEndpoint("https://oapi.dingtalk.com:99999/robot/send"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("endpoint:");
    }

    @Test
    void refusesPlainHttpOffLoopback() {
        assertThatThrownBy(() ->
                        Robot.of(URI.create("http://oapi.dingtalk.com/robot/send"), TestSecrets.TOKEN, null, null))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("endpoint")
                .hasMessageContaining("https");
    }

    @Test
    void badTokensAndSecretsAreNamedButNeverEchoed() {
        String badToken = "has spaces and / slashes " + TestSecrets.TOKEN;
        assertThatThrownBy(() -> Robot.of(badToken, null, null))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("token:")
                .satisfies(e -> SecretLeakGuard.assertNoSecret(e.getMessage()));
        assertThatThrownBy(() -> Robot.of(TestSecrets.TOKEN, "not-a-sec-" + TestSecrets.SECRET, null))
                .hasMessageStartingWith("secret:")
                .satisfies(e -> SecretLeakGuard.assertNoSecret(e.getMessage()));
        assertThatThrownBy(() -> Robot.of("https://oapi.dingtalk.com/robot/send?x=" + TestSecrets.TOKEN, null, null))
                .hasMessageContaining("access_token")
                .satisfies(e -> SecretLeakGuard.assertNoSecret(e.getMessage()));
        assertThatThrownBy(() -> Robot.of("https://oapi.dingtalk.com/robot/send?access_token=", null, null))
                .hasMessageContaining("empty access_token");
        assertThatThrownBy(() -> Robot.of("   ", null, null)).hasMessageContaining("token: is required");
        assertThatThrownBy(() -> Robot.of("https://exa mple/robot?access_token=" + TestSecrets.TOKEN, null, null))
                .hasMessageContaining("malformed")
                .satisfies(e -> SecretLeakGuard.assertNoSecret(e.getMessage()));
    }

    @Test
    void parsesAnEndpointAsAdminsAndCommandLinesGiveIt() {
        assertThat(Robot.parseEndpoint(null)).isEqualTo(Robot.DEFAULT_ENDPOINT);
        assertThat(Robot.parseEndpoint("  ")).isEqualTo(Robot.DEFAULT_ENDPOINT);
        assertThat(Robot.parseEndpoint(" https://oapi.dingtalk.io/robot/send\n"))
                .isEqualTo(URI.create("https://oapi.dingtalk.io/robot/send"));
        assertThat(Robot.parseEndpoint("http://localhost:8080/robot/send").getPort())
                .isEqualTo(8080);
        assertThatThrownBy(() -> Robot.parseEndpoint("https://exa mple.com/robot/send"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("endpoint"))
                .hasMessageStartingWith("endpoint: is not a URL: ");
        assertThatThrownBy(() -> Robot.parseEndpoint("http://oapi.dingtalk.com/robot/send"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("endpoint: must use https");
        assertThatThrownBy(() -> Robot.parseEndpoint("oapi.dingtalk.com/robot/send"))
                .hasMessageStartingWith("endpoint: must be an https URL");
    }

    @Test
    void parsesKeywordsOnePerLineOrSeparated() {
        assertThat(Robot.parseKeywords("Jenkins\r\n巡检, 告警;;\n  \n备份；证书，磁盘"))
                .containsExactly("Jenkins", "巡检", "告警", "备份", "证书", "磁盘");
        assertThat(Robot.parseKeywords(null)).isEmpty();
        assertThat(Robot.parseKeywords(" \n ")).isEmpty();
        assertThat(ValueList.split(" a , ,b ")).containsExactly("a", "b");
        Robot robot = Robot.of(TestSecrets.TOKEN, null, Robot.parseKeywords("巡检\n巡检, 告警"));
        assertThat(robot.keywords()).containsExactly("巡检", "告警");
    }

    @Test
    void limitsKeywordsToTen() {
        List<String> eleven = Collections.nCopies(11, "k").stream()
                .map(k -> k + Math.random())
                .toList();
        assertThatThrownBy(() -> Robot.of(TestSecrets.TOKEN, null, eleven))
                .hasMessageContaining("keywords")
                .hasMessageContaining("10");
    }

    @Test
    void toStringMasksTokenAndSecret() {
        Robot robot = new Robot(Robot.DEFAULT_ENDPOINT, TestSecrets.TOKEN, Optional.of(TestSecrets.SECRET), List.of());
        assertThat(robot.toString()).contains("signed=true");
        SecretLeakGuard.assertNoSecret(robot.toString());
        assertThat(robot.budgetKey()).startsWith("oapi.dingtalk.com#").doesNotContain(TestSecrets.TOKEN);
    }

    @Test
    void redactsQueriesAndSecretValues() {
        String text = "failed: https://oapi.dingtalk.com/robot/send?access_token=" + TestSecrets.TOKEN
                + "&sign=abc and " + TestSecrets.SECRET;
        String redacted = Secrets.redact(text, TestSecrets.SECRET);
        assertThat(redacted).contains("https://oapi.dingtalk.com/robot/send?****");
        SecretLeakGuard.assertNoSecret(redacted);
        assertThat(Secrets.redact("request /robot/send?access_token=abc&timestamp=1&sign=x%2B"))
                .isEqualTo("request /robot/send?****&****&****");
        assertThat(Secrets.redact(null)).isNull();
        assertThat(Secrets.mask(null)).isEqualTo("null");
    }
}
