package io.jenkins.plugins.dingtalkinspect.delivery;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What became of one message. Holds no secret: errmsg is DingTalk's text or a redacted local
 * error, so a report can be printed, logged or stored as it is.
 *
 * @param errcode DingTalk's errcode, or {@code null} when no DingTalk answer was read
 * @param carriedBy the msgUuid of the digest card that carried this message, when digest mode
 *     merged it with others (then the other fields describe that digest's delivery)
 */
public record DeliveryReport(
        boolean delivered,
        Integer errcode,
        String errmsg,
        Outcome outcome,
        int attempts,
        Duration budgetWait,
        Duration elapsed,
        String msgUuid,
        Optional<Instant> throttledUntil,
        Optional<String> carriedBy) {

    /** This report, for a message that the digest {@code digestUuid} carried. */
    public DeliveryReport carriedBy(String digestUuid) {
        return new DeliveryReport(
                delivered,
                errcode,
                errmsg,
                outcome,
                attempts,
                budgetWait,
                elapsed,
                msgUuid,
                throttledUntil,
                Optional.of(digestUuid));
    }

    /** One line for a build log or a terminal. */
    public String summary(Locale locale) {
        StringBuilder line = new StringBuilder();
        boolean zh = Outcome.chinese(locale);
        if (delivered) {
            line.append(zh ? "钉钉消息已送达" : "DingTalk message delivered");
        } else {
            line.append(zh ? "钉钉消息未送达" : "DingTalk message NOT delivered");
            line.append(" (").append(outcome);
            if (errcode != null) {
                line.append(", errcode ").append(errcode);
            }
            if (errmsg != null && !errmsg.isBlank()) {
                line.append(": ").append(errmsg);
            }
            line.append(") ").append(outcome.hint(locale));
        }
        line.append(zh ? " [尝试 " : " [attempts ").append(attempts);
        if (!budgetWait.isZero()) {
            line.append(zh ? "，额度等待 " : ", waited for budget ")
                    .append(budgetWait.toMillis())
                    .append(" ms");
        }
        line.append(", msgUuid ").append(msgUuid);
        carriedBy.ifPresent(
                d -> line.append(zh ? "，已并入汇总消息 " : ", carried by digest ").append(d));
        line.append(']');
        return line.toString();
    }

    public String summary() {
        return summary(Locale.ENGLISH);
    }

    /** Plain values for JSON output and the Pipeline step's return value. */
    public Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("delivered", delivered);
        map.put("errcode", errcode);
        map.put("errmsg", errmsg);
        map.put("outcome", outcome.name());
        map.put("hint", outcome.hint());
        map.put("msgUuid", msgUuid);
        map.put("attempts", attempts);
        map.put("budgetWaitMs", budgetWait.toMillis());
        map.put("elapsedMs", elapsed.toMillis());
        map.put("throttledUntil", throttledUntil.map(Instant::toString).orElse(null));
        map.put("carriedBy", carriedBy.orElse(null));
        return map;
    }
}
