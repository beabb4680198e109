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
import java.util.logging.Logger;
import jenkins.model.Jenkins;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/**
 * How hard the plugin tries to deliver: timeouts, attempts, rate budget, deadline. Out-of-range
 * values are refused with a message naming the field (form, Configuration as Code, scripts); only
 * values loaded from an older or hand-edited file are brought into range, with a warning in the log.
 */
public class DeliverySettings implements Describable<DeliverySettings> {

    private static final Logger LOGGER = Logger.getLogger(DeliverySettings.class.getName());

    private static final DeliveryOptions DEFAULTS = DeliveryOptions.defaults();
    /** DingTalk's own limit per robot: more is never allowed, less leaves room for other senders. */
    private static final RateLimit DINGTALK_LIMIT = RateLimit.dingTalkDefault();

    static final int MAX_TIMEOUT_SECONDS = 300;
    static final int MAX_DEADLINE_SECONDS = 3600;

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

    /** @throws IllegalArgumentException outside 1 to 300 */
    @DataBoundSetter
    public void setConnectTimeoutSeconds(int connectTimeoutSeconds) {
        this.connectTimeoutSeconds = Setting.CONNECT_TIMEOUT.require(connectTimeoutSeconds);
    }

    public int getReadTimeoutSeconds() {
        return readTimeoutSeconds;
    }

    /** @throws IllegalArgumentException outside 1 to 300 */
    @DataBoundSetter
    public void setReadTimeoutSeconds(int readTimeoutSeconds) {
        this.readTimeoutSeconds = Setting.READ_TIMEOUT.require(readTimeoutSeconds);
    }

    public int getMaxAttempts() {
        return maxAttempts;
    }

    /** @throws IllegalArgumentException outside 1 to core's {@link RetryPolicy#MAX_ATTEMPTS} */
    @DataBoundSetter
    public void setMaxAttempts(int maxAttempts) {
        this.maxAttempts = Setting.MAX_ATTEMPTS.require(maxAttempts);
    }

    public int getMessagesPerMinute() {
        return messagesPerMinute;
    }

    /** @throws IllegalArgumentException outside 1 to DingTalk's 20 */
    @DataBoundSetter
    public void setMessagesPerMinute(int messagesPerMinute) {
        this.messagesPerMinute = Setting.MESSAGES_PER_MINUTE.require(messagesPerMinute);
    }

    public int getDeadlineSeconds() {
        return deadlineSeconds;
    }

    /** @throws IllegalArgumentException outside 1 to 3600 */
    @DataBoundSetter
    public void setDeadlineSeconds(int deadlineSeconds) {
        this.deadlineSeconds = Setting.DEADLINE.require(deadlineSeconds);
    }

    /**
     * Values saved by a version that clamped silently, or edited by hand, are brought into range
     * here with one warning each; a value missing from the file (0) takes the default.
     */
    protected Object readResolve() {
        DeliverySettings defaults = new DeliverySettings();
        connectTimeoutSeconds = Setting.CONNECT_TIMEOUT.loaded(connectTimeoutSeconds, defaults.connectTimeoutSeconds);
        readTimeoutSeconds = Setting.READ_TIMEOUT.loaded(readTimeoutSeconds, defaults.readTimeoutSeconds);
        maxAttempts = Setting.MAX_ATTEMPTS.loaded(maxAttempts, defaults.maxAttempts);
        messagesPerMinute = Setting.MESSAGES_PER_MINUTE.loaded(messagesPerMinute, defaults.messagesPerMinute);
        deadlineSeconds = Setting.DEADLINE.loaded(deadlineSeconds, defaults.deadlineSeconds);
        return this;
    }

    /** The settings' allowed ranges (all start at 1) and messages. */
    enum Setting {
        CONNECT_TIMEOUT("connectTimeoutSeconds", MAX_TIMEOUT_SECONDS),
        READ_TIMEOUT("readTimeoutSeconds", MAX_TIMEOUT_SECONDS),
        MAX_ATTEMPTS("maxAttempts", RetryPolicy.MAX_ATTEMPTS),
        MESSAGES_PER_MINUTE("messagesPerMinute", DINGTALK_LIMIT.messages()),
        DEADLINE("deadlineSeconds", MAX_DEADLINE_SECONDS);

        final String field;
        final int max;

        Setting(String field, int max) {
            this.field = field;
            this.max = max;
        }

        boolean accepts(int value) {
            return value >= 1 && value <= max;
        }

        /** What is allowed, as the form shows it. */
        String range() {
            String limit = String.valueOf(max);
            return switch (this) {
                case MAX_ATTEMPTS -> Messages.DeliverySettings_MaxAttemptsRange(limit);
                case MESSAGES_PER_MINUTE -> Messages.DeliverySettings_MessagesPerMinuteRange(limit);
                case CONNECT_TIMEOUT, READ_TIMEOUT, DEADLINE -> Messages.DeliverySettings_SecondsRange(limit);
            };
        }

        int require(int value) {
            if (!accepts(value)) {
                throw new IllegalArgumentException(
                        Messages.DeliverySettings_Invalid(field, String.valueOf(value), range()));
            }
            return value;
        }

        FormValidation check(int value) {
            return accepts(value) ? FormValidation.ok() : FormValidation.error(range());
        }

        int loaded(int value, int defaultValue) {
            if (value == 0) {
                return defaultValue;
            }
            if (accepts(value)) {
                return value;
            }
            int clamped = Math.max(1, Math.min(max, value));
            LOGGER.warning(() -> "DingTalk delivery settings: saved " + field + " " + value + " is out of range 1-"
                    + max + "; using " + clamped + " (save the configuration to keep it)");
            return clamped;
        }
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
        public FormValidation doCheckConnectTimeoutSeconds(@QueryParameter int value) {
            Jenkins.get().checkPermission(Jenkins.ADMINISTER);
            return Setting.CONNECT_TIMEOUT.check(value);
        }

        @POST
        public FormValidation doCheckReadTimeoutSeconds(@QueryParameter int value) {
            Jenkins.get().checkPermission(Jenkins.ADMINISTER);
            return Setting.READ_TIMEOUT.check(value);
        }

        @POST
        public FormValidation doCheckMaxAttempts(@QueryParameter int value) {
            Jenkins.get().checkPermission(Jenkins.ADMINISTER);
            return Setting.MAX_ATTEMPTS.check(value);
        }

        @POST
        public FormValidation doCheckMessagesPerMinute(@QueryParameter int value) {
            Jenkins.get().checkPermission(Jenkins.ADMINISTER);
            return Setting.MESSAGES_PER_MINUTE.check(value);
        }

        @POST
        public FormValidation doCheckDeadlineSeconds(@QueryParameter int value) {
            Jenkins.get().checkPermission(Jenkins.ADMINISTER);
            return Setting.DEADLINE.check(value);
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
