package io.jenkins.plugins.dingtalkinspect.jenkins.actions;

import io.jenkins.plugins.dingtalkinspect.delivery.DeliveryReport;
import io.jenkins.plugins.dingtalkinspect.inspection.Inspection;
import java.io.Serializable;
import java.time.Instant;
import java.util.Date;
import java.util.Locale;

/**
 * One message sent for a run, as the build page lists it. Saved with the run: holds no secret (the
 * robot's id, not its token or URL; DingTalk's errcode and errmsg, which never echo the token).
 */
public final class SentMessage implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long timestamp;
    private final String robotId;
    private final String level;
    private final String title;
    private final boolean delivered;
    private final Integer errcode;
    private final String errmsg;
    private final String outcome;
    private final String hint;
    private final String msgUuid;
    /** The digest that carried the card; {@code null} when it went alone (and in runs saved before digests). */
    private final String carriedBy;

    SentMessage(
            long timestamp,
            String robotId,
            String level,
            String title,
            boolean delivered,
            Integer errcode,
            String errmsg,
            String outcome,
            String hint,
            String msgUuid,
            String carriedBy) {
        this.timestamp = timestamp;
        this.robotId = robotId;
        this.level = level;
        this.title = title;
        this.delivered = delivered;
        this.errcode = errcode;
        this.errmsg = errmsg;
        this.outcome = outcome;
        this.hint = hint;
        this.msgUuid = msgUuid;
        this.carriedBy = carriedBy;
    }

    public static SentMessage of(
            Instant at, String robotId, Inspection inspection, DeliveryReport report, Locale locale) {
        return new SentMessage(
                at.toEpochMilli(),
                robotId,
                inspection.level().key(),
                inspection.title(),
                report.delivered(),
                report.errcode(),
                report.errmsg(),
                report.outcome().name(),
                report.delivered() ? "" : report.outcome().hint(locale),
                report.msgUuid(),
                report.carriedBy().orElse(null));
    }

    public Date getTime() {
        return new Date(timestamp);
    }

    public String getRobotId() {
        return robotId;
    }

    public String getLevel() {
        return level;
    }

    public String getTitle() {
        return title;
    }

    public boolean isDelivered() {
        return delivered;
    }

    public Integer getErrcode() {
        return errcode;
    }

    public String getErrmsg() {
        return errmsg;
    }

    public String getOutcome() {
        return outcome;
    }

    /** What to fix; empty when delivered. */
    public String getHint() {
        return hint;
    }

    public String getMsgUuid() {
        return msgUuid;
    }

    /** The msgUuid of the digest card that carried this card, or {@code null} when it went out alone. */
    public String getCarriedBy() {
        return carriedBy;
    }

    public boolean isInDigest() {
        return carriedBy != null;
    }
}
