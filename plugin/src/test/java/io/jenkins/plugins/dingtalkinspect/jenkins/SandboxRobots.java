package io.jenkins.plugins.dingtalkinspect.jenkins;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import com.cloudbees.plugins.credentials.CredentialsScope;
import com.cloudbees.plugins.credentials.SystemCredentialsProvider;
import com.cloudbees.plugins.credentials.impl.BaseStandardCredentials;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.util.Secret;
import io.jenkins.plugins.dingtalkinspect.inspection.CardLanguage;
import io.jenkins.plugins.dingtalkinspect.jenkins.config.DeliverySettings;
import io.jenkins.plugins.dingtalkinspect.jenkins.config.DingTalkInspectConfiguration;
import io.jenkins.plugins.dingtalkinspect.jenkins.config.RobotConfig;
import io.jenkins.plugins.dingtalkinspect.sandbox.DingTalkSandbox;
import io.jenkins.plugins.dingtalkinspect.sandbox.RecordedMessage;
import io.jenkins.plugins.dingtalkinspect.sandbox.SandboxRobot;
import java.io.IOException;
import java.util.List;
import java.util.UUID;
import org.jenkinsci.plugins.plaincredentials.StringCredentials;
import org.jenkinsci.plugins.plaincredentials.impl.StringCredentialsImpl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/**
 * A sandbox DingTalk with one signed robot, and Jenkins configured to use it as robot {@code ops}
 * through Secret text credentials. Tokens are unique per fixture, so rate budgets of other tests
 * in the same JVM never interfere.
 */
public final class SandboxRobots implements AutoCloseable {

    public static final String TOKEN_ID = "dingtalk-ops-token";
    public static final String SECRET_ID = "dingtalk-ops-secret";

    public final String token = "tok" + UUID.randomUUID().toString().replace("-", "");
    public final String secret = "SEC" + UUID.randomUUID().toString().replace("-", "")
            + UUID.randomUUID().toString().replace("-", "");
    public final DingTalkSandbox sandbox = DingTalkSandbox.start();

    public SandboxRobots() {
        sandbox.register(SandboxRobot.signed("ops", token, secret));
    }

    /** Adds the credentials and configures robot {@code ops} (the only, so the default robot). */
    public RobotConfig configure() throws IOException {
        addSecretText(TOKEN_ID, token);
        addSecretText(SECRET_ID, secret);
        RobotConfig ops = robot("ops", TOKEN_ID, SECRET_ID);
        DingTalkInspectConfiguration config = DingTalkInspectConfiguration.get();
        config.setRobots(List.of(ops));
        DeliverySettings fast = new DeliverySettings();
        fast.setMaxAttempts(1);
        fast.setDeadlineSeconds(20);
        config.setDelivery(fast);
        config.setCardLanguage(CardLanguage.EN.tag());
        return ops;
    }

    public RobotConfig robot(String id, String tokenId, String secretId) {
        RobotConfig robot = new RobotConfig(id, tokenId);
        robot.setSecretCredentialsId(secretId);
        robot.setEndpoint(sandbox.webhookEndpoint().toString());
        return robot;
    }

    public static void addSecretText(String id, String value) throws IOException {
        SystemCredentialsProvider.getInstance()
                .getCredentials()
                .add(new StringCredentialsImpl(CredentialsScope.GLOBAL, id, "test " + id, Secret.fromString(value)));
        SystemCredentialsProvider.getInstance().save();
    }

    /**
     * Configures robot {@code ops} with a token credential whose value cannot be read: sending then
     * fails with an {@link IllegalStateException} that is not a user error, and whose message holds
     * {@link FailingSecret#MESSAGE}, which must show up nowhere. Test classes that use it register a
     * descriptor for {@link FailingSecret} with {@code @TestExtension}.
     */
    public void useFailingToken() throws IOException {
        SystemCredentialsProvider.getInstance()
                .getCredentials()
                .add(new FailingSecret(CredentialsScope.GLOBAL, "failing-token", "test failing-token"));
        SystemCredentialsProvider.getInstance().save();
        DingTalkInspectConfiguration.get().setRobots(List.of(robot("ops", "failing-token", null)));
    }

    /** A Secret text credential whose secret cannot be read (an unexpected failure while sending). */
    public static final class FailingSecret extends BaseStandardCredentials implements StringCredentials {

        private static final long serialVersionUID = 1L;

        /** What the exception says: stands for anything an unexpected exception might carry. */
        public static final String MESSAGE = "unexpected-detail-0123456789";

        public FailingSecret(CredentialsScope scope, String id, String description) {
            super(scope, id, description);
        }

        @NonNull
        @Override
        public Secret getSecret() {
            throw new IllegalStateException(MESSAGE);
        }
    }

    public List<RecordedMessage> messages() {
        return sandbox.messages(token);
    }

    /** Fails if the text shows the token or the secret, whole or as the webhook URL. */
    public void assertNoSecretIn(String what, String text) {
        assertThat(what, text, not(containsString(token)));
        assertThat(what, text, not(containsString(secret)));
    }

    @Override
    public void close() {
        sandbox.close();
    }

    /**
     * Base of the tests that need a Jenkins ({@link #r}) with robot {@code ops} configured against
     * a fresh sandbox ({@link #robots}) before each test, closed after it.
     */
    @WithJenkins
    public abstract static class ConfiguredJenkins {

        protected JenkinsRule r;
        protected SandboxRobots robots;

        @BeforeEach
        protected void startSandboxAndConfigure(JenkinsRule rule) throws Exception {
            r = rule;
            robots = new SandboxRobots();
            robots.configure();
        }

        @AfterEach
        protected void closeSandbox() {
            if (robots != null) {
                robots.close();
            }
        }
    }
}
