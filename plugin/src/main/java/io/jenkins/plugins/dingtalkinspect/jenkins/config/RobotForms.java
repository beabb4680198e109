package io.jenkins.plugins.dingtalkinspect.jenkins.config;

import com.cloudbees.plugins.credentials.CredentialsMatchers;
import com.cloudbees.plugins.credentials.common.StandardListBoxModel;
import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.Util;
import hudson.security.ACL;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import io.jenkins.plugins.dingtalkinspect.digest.DigestOptions;
import io.jenkins.plugins.dingtalkinspect.jenkins.Messages;
import io.jenkins.plugins.dingtalkinspect.jenkins.delivery.Dispatcher;
import io.jenkins.plugins.dingtalkinspect.robot.InvalidInputException;
import io.jenkins.plugins.dingtalkinspect.robot.Robot;
import java.util.List;
import jenkins.model.Jenkins;
import org.jenkinsci.plugins.plaincredentials.StringCredentials;

/**
 * The robot form's server side behind {@link RobotConfig.DescriptorImpl}'s web methods, which keep
 * their Stapler URLs and check permissions, then delegate here: the credential drop-downs, the
 * id, endpoint and digest checks and the "Send test message" button.
 */
final class RobotForms {

    private RobotForms() {}

    /**
     * Secret text credentials at Jenkins level for administrators; anybody else sees only the
     * current value, so the list reveals no credential ids.
     */
    static ListBoxModel credentialItems(@CheckForNull String current) {
        String value = current == null ? "" : current;
        StandardListBoxModel model = new StandardListBoxModel();
        if (!Jenkins.get().hasPermission(Jenkins.ADMINISTER)) {
            return model.includeCurrentValue(value);
        }
        model.includeEmptyValue()
                .includeMatchingAs(
                        ACL.SYSTEM2, Jenkins.get(), StringCredentials.class, List.of(), CredentialsMatchers.always())
                .includeCurrentValue(value);
        return model;
    }

    static FormValidation checkId(@CheckForNull String value) {
        String id = Util.fixEmptyAndTrim(value);
        if (id == null) {
            return FormValidation.error(Messages.RobotConfig_IdRequired());
        }
        return RobotConfig.ID.matcher(id).matches()
                ? FormValidation.ok()
                : FormValidation.error(Messages.RobotConfig_IdInvalid());
    }

    static FormValidation checkTokenCredentialsId(@CheckForNull String value) {
        return Util.fixEmptyAndTrim(value) == null
                ? FormValidation.error(Messages.RobotConfig_TokenRequired())
                : FormValidation.ok();
    }

    /** Core's rules for digest options ({@link DigestOptions}), with its message naming the field. */
    static FormValidation checkDigest(int threshold, int maxPerDigest) {
        try {
            new DigestOptions(true, threshold, maxPerDigest);
            return FormValidation.ok();
        } catch (InvalidInputException e) {
            return FormValidation.error(e.getMessage());
        }
    }

    /**
     * A query (or fragment) is refused before anything else: it is a pasted webhook URL, whose
     * access token belongs in the token credential. The message never repeats the value.
     */
    static FormValidation checkEndpoint(@CheckForNull String value) {
        String endpoint = Util.fixEmptyAndTrim(value);
        if (endpoint == null) {
            return FormValidation.ok();
        }
        if (Robot.hasQuery(endpoint)) {
            return FormValidation.error(Messages.RobotConfig_EndpointQuery());
        }
        try {
            Robot.parseEndpoint(endpoint);
            return FormValidation.ok();
        } catch (InvalidInputException e) {
            return FormValidation.error(e.getMessage());
        }
    }

    /** A real card through the robot as it is in the form (the endpoint loses any query). */
    static FormValidation sendTestMessage(
            @CheckForNull String id,
            @CheckForNull String tokenCredentialsId,
            @CheckForNull String secretCredentialsId,
            @CheckForNull String keywords,
            @CheckForNull String endpoint) {
        RobotConfig robot = new RobotConfig(id == null || id.isBlank() ? "test" : id, tokenCredentialsId);
        robot.setSecretCredentialsId(secretCredentialsId);
        robot.setKeywords(keywords);
        robot.setEndpoint(endpoint);
        return Dispatcher.sendTestMessage(robot);
    }
}
