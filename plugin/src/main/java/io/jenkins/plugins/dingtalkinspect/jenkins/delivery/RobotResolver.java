package io.jenkins.plugins.dingtalkinspect.jenkins.delivery;

import com.cloudbees.plugins.credentials.CredentialsProvider;
import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.model.Run;
import hudson.security.ACL;
import io.jenkins.plugins.dingtalkinspect.jenkins.Messages;
import io.jenkins.plugins.dingtalkinspect.jenkins.config.RobotConfig;
import io.jenkins.plugins.dingtalkinspect.robot.Robot;
import java.util.List;
import jenkins.model.Jenkins;
import org.jenkinsci.plugins.plaincredentials.StringCredentials;

/**
 * Turns an administrator's robot into core's {@link Robot}: its credentials are looked up by id at
 * Jenkins level as SYSTEM (robots are global, jobs only name a robot id) and recorded against the
 * run that uses them.
 */
public final class RobotResolver {

    private RobotResolver() {}

    /**
     * @throws IllegalArgumentException with a message for the user (never a secret value) when a
     *     credential is missing or its value is not a token, webhook URL or signing secret
     */
    public static Robot resolve(RobotConfig config, @CheckForNull Run<?, ?> run) {
        StringCredentials token = lookup(config, config.getTokenCredentialsId());
        StringCredentials secret =
                config.getSecretCredentialsId() == null ? null : lookup(config, config.getSecretCredentialsId());
        if (run != null) {
            CredentialsProvider.track(run, token);
            CredentialsProvider.track(run, secret);
        }
        return Robot.of(
                config.endpointUri(),
                token.getSecret().getPlainText(),
                secret == null ? null : secret.getSecret().getPlainText(),
                config.keywordList());
    }

    private static StringCredentials lookup(RobotConfig config, String credentialsId) {
        if (credentialsId == null) {
            throw new IllegalArgumentException(Messages.Robot_NoToken(config.getId()));
        }
        StringCredentials found = CredentialsProvider.findCredentialByIdInItemGroup(
                credentialsId, StringCredentials.class, Jenkins.get(), ACL.SYSTEM2, List.of());
        if (found == null) {
            throw new IllegalArgumentException(Messages.Robot_CredentialsNotFound(config.getId(), credentialsId));
        }
        return found;
    }
}
