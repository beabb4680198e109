package io.jenkins.plugins.dingtalkinspect.jenkins.config;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.Util;
import hudson.model.Describable;
import hudson.model.Descriptor;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import io.jenkins.plugins.dingtalkinspect.digest.DigestOptions;
import io.jenkins.plugins.dingtalkinspect.jenkins.Messages;
import io.jenkins.plugins.dingtalkinspect.robot.InvalidInputException;
import io.jenkins.plugins.dingtalkinspect.robot.Robot;
import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import jenkins.model.Jenkins;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/**
 * One DingTalk robot as an administrator configured it. Holds credential ids only: the access
 * token (or the whole webhook URL) and the signing secret live in Secret text credentials.
 */
public class RobotConfig implements Describable<RobotConfig> {

    private static final Logger LOGGER = Logger.getLogger(RobotConfig.class.getName());

    static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,63}");

    /** Digest mode's defaults (off): merge once a minute's worth of DingTalk's budget is waiting. */
    private static final DigestOptions DIGEST_DEFAULTS = DigestOptions.off();

    private final String id;
    private String displayName;
    private final String tokenCredentialsId;
    private String secretCredentialsId;
    private String keywords;
    private String endpoint;
    private boolean digest;
    private int digestThreshold = DIGEST_DEFAULTS.threshold();
    private int digestMaxPerDigest = DIGEST_DEFAULTS.maxPerDigest();
    /** Set when a saved endpoint held a query (a pasted webhook URL) that loading dropped. */
    private transient boolean endpointQueryDropped;

    @DataBoundConstructor
    public RobotConfig(String id, String tokenCredentialsId) {
        this.id = Util.fixEmptyAndTrim(id);
        this.tokenCredentialsId = Util.fixEmptyAndTrim(tokenCredentialsId);
    }

    public String getId() {
        return id;
    }

    public String getDisplayName() {
        return displayName;
    }

    @DataBoundSetter
    public void setDisplayName(String displayName) {
        this.displayName = Util.fixEmptyAndTrim(displayName);
    }

    public String getTokenCredentialsId() {
        return tokenCredentialsId;
    }

    public String getSecretCredentialsId() {
        return secretCredentialsId;
    }

    @DataBoundSetter
    public void setSecretCredentialsId(String secretCredentialsId) {
        this.secretCredentialsId = Util.fixEmptyAndTrim(secretCredentialsId);
    }

    /** Security keywords, one per line or comma separated. */
    public String getKeywords() {
        return keywords;
    }

    @DataBoundSetter
    public void setKeywords(String keywords) {
        this.keywords = Util.fixEmptyAndTrim(keywords);
    }

    /** The robot API endpoint, never with a query; {@code null} means DingTalk's default. */
    public String getEndpoint() {
        return endpoint;
    }

    /**
     * Keeps the endpoint without its query or fragment: a pasted webhook URL's query holds the access
     * token, which belongs in the token credential and must not be saved in plain config.xml. The
     * form refuses such a value ({@link DescriptorImpl#doCheckEndpoint}); other ways in (Configuration
     * as Code, scripts) lose the query with a warning that does not show it.
     */
    @DataBoundSetter
    public void setEndpoint(String endpoint) {
        if (Robot.hasQuery(endpoint)) {
            LOGGER.warning(() -> "DingTalk robot \"" + id + "\": dropped the query of its endpoint (value not shown);"
                    + " a webhook URL with access_token belongs in the token credential");
        }
        String value = Robot.stripQuery(endpoint);
        this.endpoint = Robot.DEFAULT_ENDPOINT.toString().equals(value) ? null : value;
    }

    /** Whether loading dropped the query of a saved endpoint (the configuration then saves itself again). */
    boolean endpointQueryDropped() {
        return endpointQueryDropped;
    }

    /** Digest mode: merge a burst of cards to this robot into summary cards. Off by default. */
    public boolean isDigest() {
        return digest;
    }

    @DataBoundSetter
    public void setDigest(boolean digest) {
        this.digest = digest;
    }

    /** How many cards may be on their way to the robot before further ones are merged. */
    public int getDigestThreshold() {
        return digestThreshold;
    }

    @DataBoundSetter
    public void setDigestThreshold(int digestThreshold) {
        this.digestThreshold = digestThreshold;
    }

    /** The most cards one summary card carries (fewer when they would not fit in 20,000 bytes). */
    public int getDigestMaxPerDigest() {
        return digestMaxPerDigest;
    }

    @DataBoundSetter
    public void setDigestMaxPerDigest(int digestMaxPerDigest) {
        this.digestMaxPerDigest = digestMaxPerDigest;
    }

    /**
     * Core's digest options for this robot; {@link DigestOptions#off()} when digest mode is off.
     *
     * @throws InvalidInputException naming the field when digest mode is on with values core refuses
     */
    public DigestOptions digestOptions() {
        return digest ? new DigestOptions(true, digestThreshold, digestMaxPerDigest) : DIGEST_DEFAULTS;
    }

    /**
     * Robots saved before digest mode existed have no values for it: XStream skips field
     * initializers. An endpoint saved with a query (before the setter dropped it) loses it here.
     */
    protected Object readResolve() {
        if (Robot.hasQuery(endpoint)) {
            endpoint = Robot.stripQuery(endpoint);
            endpointQueryDropped = true;
        }
        if (digestThreshold < 1) {
            digestThreshold = DIGEST_DEFAULTS.threshold();
        }
        if (digestMaxPerDigest < 2) {
            digestMaxPerDigest = DIGEST_DEFAULTS.maxPerDigest();
        }
        return this;
    }

    /** What users see in lists: the display name, or the id. */
    public String label() {
        return displayName == null ? id : displayName + " (" + id + ")";
    }

    public List<String> keywordList() {
        return Robot.parseKeywords(keywords);
    }

    /** The endpoint to post to; fails with a message naming the field if it is not a valid endpoint URL. */
    public URI endpointUri() {
        return Robot.parseEndpoint(endpoint);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RobotConfig other
                && Objects.equals(id, other.id)
                && Objects.equals(displayName, other.displayName)
                && Objects.equals(tokenCredentialsId, other.tokenCredentialsId)
                && Objects.equals(secretCredentialsId, other.secretCredentialsId)
                && Objects.equals(keywords, other.keywords)
                && Objects.equals(endpoint, other.endpoint)
                && digest == other.digest
                && digestThreshold == other.digestThreshold
                && digestMaxPerDigest == other.digestMaxPerDigest;
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, tokenCredentialsId);
    }

    @Override
    public String toString() {
        return "RobotConfig[id=" + id + ", tokenCredentialsId=" + tokenCredentialsId + ", signed="
                + (secretCredentialsId != null) + ", digest=" + digest + "]";
    }

    @Extension
    public static class DescriptorImpl extends Descriptor<RobotConfig> {

        @NonNull
        @Override
        public String getDisplayName() {
            return Messages.RobotConfig_DisplayName();
        }

        @POST
        public FormValidation doCheckId(@QueryParameter String value) {
            Jenkins.get().checkPermission(Jenkins.ADMINISTER);
            return RobotForms.checkId(value);
        }

        /** Refuses a query (a pasted webhook URL) without showing the value; then core's check. */
        @POST
        public FormValidation doCheckEndpoint(@QueryParameter String value) {
            Jenkins.get().checkPermission(Jenkins.ADMINISTER);
            return RobotForms.checkEndpoint(value);
        }

        /** Core's checks of digest options, as the form shows them. */
        @POST
        public FormValidation doCheckDigestThreshold(@QueryParameter int value) {
            Jenkins.get().checkPermission(Jenkins.ADMINISTER);
            return RobotForms.checkDigest(value, DIGEST_DEFAULTS.maxPerDigest());
        }

        @POST
        public FormValidation doCheckDigestMaxPerDigest(@QueryParameter int value) {
            Jenkins.get().checkPermission(Jenkins.ADMINISTER);
            return RobotForms.checkDigest(DIGEST_DEFAULTS.threshold(), value);
        }

        /** For the form: a new robot's values and the largest digest core allows. */
        public int getDefaultDigestThreshold() {
            return DIGEST_DEFAULTS.threshold();
        }

        public int getDefaultDigestMaxPerDigest() {
            return DIGEST_DEFAULTS.maxPerDigest();
        }

        public int getMaxPerDigest() {
            return DigestOptions.MAX_PER_DIGEST;
        }

        @POST
        public FormValidation doCheckTokenCredentialsId(@QueryParameter String value) {
            Jenkins.get().checkPermission(Jenkins.ADMINISTER);
            return RobotForms.checkTokenCredentialsId(value);
        }

        @POST
        public ListBoxModel doFillTokenCredentialsIdItems(@QueryParameter String tokenCredentialsId) {
            return RobotForms.credentialItems(tokenCredentialsId);
        }

        @POST
        public ListBoxModel doFillSecretCredentialsIdItems(@QueryParameter String secretCredentialsId) {
            return RobotForms.credentialItems(secretCredentialsId);
        }

        /** Sends a test card with the robot as it is in the form, credentials resolved on the server. */
        @POST
        public FormValidation doSendTestMessage(
                @QueryParameter String id,
                @QueryParameter String tokenCredentialsId,
                @QueryParameter String secretCredentialsId,
                @QueryParameter String keywords,
                @QueryParameter String endpoint) {
            Jenkins.get().checkPermission(Jenkins.ADMINISTER);
            return RobotForms.sendTestMessage(id, tokenCredentialsId, secretCredentialsId, keywords, endpoint);
        }
    }
}
