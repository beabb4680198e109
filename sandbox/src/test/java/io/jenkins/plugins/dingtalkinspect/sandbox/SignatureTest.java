package io.jenkins.plugins.dingtalkinspect.sandbox;

import static io.jenkins.plugins.dingtalkinspect.sandbox.TestHttp.postJson;
import static io.jenkins.plugins.dingtalkinspect.sandbox.TestHttp.text;
import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.dingtalkinspect.sandbox.TestHttp.Answer;
import io.jenkins.plugins.dingtalkinspect.sandbox.signature.SignatureVerifier;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SignatureTest {

    private static final long TIMESTAMP = 1_735_693_200_000L;
    private static final String SECRET = "SEC045ae0433d866d0019a47f441d3da2c3c5862b8a8c46f8ab1de83a6fb0b9a54c";
    private static final String SIGN = "BSe0QzwtBdzTlEnmaVptmDApFF/EyDdmvpE/DajHtoE=";
    private static final String SIGN_IN_URL = "BSe0QzwtBdzTlEnmaVptmDApFF%2FEyDdmvpE%2FDajHtoE%3D";
    private static final String TOKEN = "signed-token-1";

    private final MutableClock clock = new MutableClock(Instant.ofEpochMilli(TIMESTAMP));
    private DingTalkSandbox sandbox;

    @BeforeEach
    void start() {
        sandbox = DingTalkSandbox.start(SandboxOptions.defaults()
                .withClock(clock)
                .withRobots(SandboxRobot.signed("ops", TOKEN, SECRET), SandboxRobot.tokenOnly("plain", "plain-1")));
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    @Test
    void computesTheDocumentedVector() {
        assertThat(SignatureVerifier.sign(TIMESTAMP, SECRET)).isEqualTo(SIGN);
    }

    @Test
    void acceptsTheDocumentedVectorEncodedOnce() throws Exception {
        Answer answer = postJson(withQuery(TOKEN, "timestamp=" + TIMESTAMP + "&sign=" + SIGN_IN_URL), text("hi"));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.errcode()).isZero();
        assertThat(answer.errmsg()).isEqualTo("ok");
        assertThat(sandbox.messages()).singleElement().satisfies(m -> {
            assertThat(m.signature()).isEqualTo(SignatureCheck.VALID);
            assertThat(m.robotName()).isEqualTo("ops");
        });
    }

    @Test
    void rejectsADoubleEncodedSign() throws Exception {
        String twice = SIGN_IN_URL.replace("%", "%25");

        Answer answer = postJson(withQuery(TOKEN, "timestamp=" + TIMESTAMP + "&sign=" + twice), text("hi"));

        assertThat(answer.errcode()).isEqualTo(310000);
        assertThat(answer.errmsg()).startsWith("sign not match");
        assertThat(sandbox.messages().get(0).signature()).isEqualTo(SignatureCheck.MISMATCH);
    }

    @Test
    void rejectsASignMadeWithAnotherSecret() throws Exception {
        Answer answer = postJson(TestHttp.signed(sandbox, TOKEN, TIMESTAMP, SECRET + "x"), text("hi"));

        assertThat(answer.errcode()).isEqualTo(310000);
        assertThat(answer.errmsg()).startsWith("sign not match, more: [");
    }

    @Test
    void rejectsASignForAnotherTimestamp() throws Exception {
        Answer answer = postJson(withQuery(TOKEN, "timestamp=" + (TIMESTAMP + 1) + "&sign=" + SIGN_IN_URL), text("hi"));

        assertThat(answer.errcode()).isEqualTo(310000);
        assertThat(answer.errmsg()).startsWith("sign not match");
    }

    @Test
    void rejectsAnUnencodedSignWhoseSlashesSurviveButPlusWouldNot() throws Exception {
        // '/' and '=' survive decoding unharmed, so the raw Base64 of this vector still matches...
        assertThat(postJson(withQuery(TOKEN, "timestamp=" + TIMESTAMP + "&sign=" + SIGN), text("hi"))
                        .errcode())
                .isZero();
        // ...but a '+' left unencoded decodes to a space, as on the real service.
        String withPlus = SIGN.replace('/', '+');
        assertThat(postJson(withQuery(TOKEN, "timestamp=" + TIMESTAMP + "&sign=" + withPlus), text("hi"))
                        .errcode())
                .isEqualTo(310000);
    }

    @Test
    void rejectsAStaleTimestampBeforeLookingAtTheSign() throws Exception {
        clock.advance(Duration.ofHours(1).plusMillis(1));

        Answer answer = postJson(withQuery(TOKEN, "timestamp=" + TIMESTAMP + "&sign=" + SIGN_IN_URL), text("hi"));

        assertThat(answer.errcode()).isEqualTo(310000);
        assertThat(answer.errmsg()).isEqualTo("invalid timestamp");
        assertThat(sandbox.messages().get(0).signature()).isEqualTo(SignatureCheck.STALE_TIMESTAMP);
    }

    @Test
    void acceptsATimestampExactlyOneHourAwayEitherWay() throws Exception {
        clock.advance(Duration.ofHours(1));
        assertThat(postJson(TestHttp.signed(sandbox, TOKEN, TIMESTAMP, SECRET), text("late"))
                        .errcode())
                .isZero();
        long early = TIMESTAMP + 2 * Duration.ofHours(1).toMillis();
        assertThat(postJson(TestHttp.signed(sandbox, TOKEN, early, SECRET), text("early"))
                        .errcode())
                .isZero();
        assertThat(postJson(TestHttp.signed(sandbox, TOKEN, early + 1, SECRET), text("too early"))
                        .errmsg())
                .isEqualTo("invalid timestamp");
    }

    @Test
    void rejectsMissingOrMalformedParameters() throws Exception {
        for (String query : new String[] {
            "",
            "timestamp=" + TIMESTAMP,
            "sign=" + SIGN_IN_URL,
            "timestamp=soon&sign=" + SIGN_IN_URL,
            "timestamp=" + TIMESTAMP + "&sign="
        }) {
            Answer answer = postJson(withQuery(TOKEN, query), text("hi"));
            assertThat(answer.errcode()).as(query).isEqualTo(310000);
            assertThat(answer.errmsg()).as(query).startsWith("sign not match, more: [");
        }
        assertThat(sandbox.messages()).hasSize(5).allSatisfy(m -> assertThat(m.signature())
                .isEqualTo(SignatureCheck.MISSING));
    }

    @Test
    void tokenOnlyRobotIgnoresSignatureParameters() throws Exception {
        assertThat(postJson(withQuery("plain-1", ""), text("a")).errcode()).isZero();
        assertThat(postJson(withQuery("plain-1", "timestamp=1&sign=junk"), text("b"))
                        .errcode())
                .isZero();
        assertThat(sandbox.messages("plain-1"))
                .extracting(RecordedMessage::signature)
                .containsOnly(SignatureCheck.NOT_REQUIRED);
    }

    private URI withQuery(String token, String query) {
        return URI.create(sandbox.webhookEndpoint() + "?access_token=" + token + (query.isEmpty() ? "" : "&" + query));
    }
}
