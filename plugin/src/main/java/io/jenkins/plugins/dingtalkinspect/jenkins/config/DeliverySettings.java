package io.jenkins.plugins.dingtalkinspect.jenkins.config;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.model.Describable;
import hudson.model.Descriptor;
import hudson.util.FormValidation;
import io.jenkins.plugins.dingtalkinspect.delivery.DeliveryOptions;
import io.jenkins.plugins.dingtalkinspect.delivery.RateLimit;
import io.jenkins.plugins.dingtalkinspect.delivery.RetryPolicy;
import io.jenkins.plugins.dingtalkinspect.jenkins.Messages;
import java.time.Duration;
import java.util.Objects;
import jenkins.model.Jenkins;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/** How hard the plugin tries to deliver: timeouts, attempts, rate budget, deadline. */
public class DeliverySettings implements Describable<DeliverySettings> {

    private static final DeliveryOptions DEFAULTS = DeliveryOptions.defaults();
    /** DingTalk's own limit per robot: more is never allowed, less leaves room for other senders. */
    private static final RateLimit DINGTALK_LIMIT = RateLimit.dingTalkDefault();

    private int connectTimeoutSeconds = (int) DEFAULTS.connectTimeout().toSeconds();
    private int readTimeoutSeconds = (int) DEFAULTS.readTimeout().toSeconds();
    private int maxAttempts = DEFAULTS.retry().maxAttempts();
    private int messagesPerMinute = DEFAULTS.rateLimit().messages();
    private int deadlineSeconds = (int) DEFAULTS.deadline().toSeconds();

    @DataBoundConstructor
    public DeliverySettings() {}

    public int getConnectTimeoutSeconds() {
        return connectTimeoutSeconds;
    }

    @DataBoundSetter
    public void setConnectTimeoutSeconds(int connectTimeoutSeconds) {
        this.connectTimeoutSeconds = clamp(connectTimeoutSeconds, 1, 300);
    }

    public int getReadTimeoutSeconds() {
        return readTimeoutSeconds;
    }

    @DataBoundSetter
    public void setReadTimeoutSeconds(int readTimeoutSeconds) {
        this.readTimeoutSeconds = clamp(readTimeoutSeconds, 1, 300);
    }

    public int getMaxAttempts() {
        return maxAttempts;
    }

    @DataBoundSetter
    public void setMaxAttempts(int maxAttempts) {
        this.maxAttempts = clamp(maxAttempts, 1, RetryPolicy.MAX_ATTEMPTS);
    }

    public int getMessagesPerMinute() {
        return messagesPerMinute;
    }

    @DataBoundSetter
    public void setMessagesPerMinute(int messagesPerMinute) {
        this.messagesPerMinute = clamp(messagesPerMinute, 1, DINGTALK_LIMIT.messages());
    }

    public int getDeadlineSeconds() {
        return deadlineSeconds;
    }

    @DataBoundSetter
    public void setDeadlineSeconds(int deadlineSeconds) {
        this.deadlineSeconds = clamp(deadlineSeconds, 1, 3600);
    }

    /** Core's options for these settings; the rest (backoff, throttle block, size) stay core's defaults. */
    public DeliveryOptions toOptions() {
        Duration connect = Duration.ofSeconds(connectTimeoutSeconds);
        Duration read = Duration.ofSeconds(readTimeoutSeconds);
        return DEFAULTS.withTimeouts(connect, read, connect.plus(read).plus(read))
                .withRetry(DEFAULTS.retry().withMaxAttempts(maxAttempts))
                .withRateLimit(DINGTALK_LIMIT.withMessages(messagesPerMinute))
                .withDeadline(Duration.ofSeconds(deadlineSeconds));
    }

    private static int clamp(int value, int min, int max) {
        return Math.max(min, Math.min(max, value));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DeliverySettings other
                && connectTimeoutSeconds == other.connectTimeoutSeconds
                && readTimeoutSeconds == other.readTimeoutSeconds
                && maxAttempts == other.maxAttempts
                && messagesPerMinute == other.messagesPerMinute
                && deadlineSeconds == other.deadlineSeconds;
    }

    @Override
    public int hashCode() {
        return Objects.hash(connectTimeoutSeconds, readTimeoutSeconds, maxAttempts, messagesPerMinute, deadlineSeconds);
    }

    @Extension
    public static class DescriptorImpl extends Descriptor<DeliverySettings> {

        @NonNull
        @Override
        public String getDisplayName() {
            return Messages.DeliverySettings_DisplayName();
        }

        @POST
        public FormValidation doCheckMessagesPerMinute(@QueryParameter int value) {
            Jenkins.get().checkPermission(Jenkins.ADMINISTER);
            return value >= 1 && value <= DINGTALK_LIMIT.messages()
                    ? FormValidation.ok()
                    : FormValidation.error(Messages.DeliverySettings_MessagesPerMinuteRange(DINGTALK_LIMIT.messages()));
        }

        @POST
        public FormValidation doCheckMaxAttempts(@QueryParameter int value) {
            Jenkins.get().checkPermission(Jenkins.ADMINISTER);
            return value >= 1 && value <= RetryPolicy.MAX_ATTEMPTS
                    ? FormValidation.ok()
                    : FormValidation.error(Messages.DeliverySettings_MaxAttemptsRange(RetryPolicy.MAX_ATTEMPTS));
        }

        /** For the form: the largest values and the defaults, core's. */
        public int getMaxMessagesPerMinute() {
            return DINGTALK_LIMIT.messages();
        }

        public int getMaxAttemptsLimit() {
            return RetryPolicy.MAX_ATTEMPTS;
        }

        public DeliverySettings getDefaults() {
            return new DeliverySettings();
        }
    }
}
