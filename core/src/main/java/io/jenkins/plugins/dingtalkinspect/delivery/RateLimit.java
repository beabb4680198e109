package io.jenkins.plugins.dingtalkinspect.delivery;

import io.jenkins.plugins.dingtalkinspect.robot.InvalidInputException;
import java.time.Duration;

/**
 * A robot's sending budget: {@code messages} per rolling {@code window}. {@code margin} widens the
 * window as we count it, because DingTalk counts arrivals, and network jitter can bring two sends
 * that left a full window apart closer together at its end.
 */
public record RateLimit(int messages, Duration window, Duration margin) {

    public RateLimit {
        if (messages < 1) {
            throw new InvalidInputException("rateLimit.messages", "must be at least 1, got " + messages);
        }
        if (window == null || window.isNegative() || window.isZero()) {
            throw new InvalidInputException("rateLimit.window", "must be a positive duration");
        }
        margin = margin == null || margin.isNegative() ? Duration.ZERO : margin;
    }

    /** DingTalk's documented limit, 20 per minute, counted over 61 s. */
    public static RateLimit dingTalkDefault() {
        return of(20, Duration.ofSeconds(60));
    }

    /** {@code messages} per {@code window}, with a margin of 1/60 of the window (1 s a minute). */
    public static RateLimit of(int messages, Duration window) {
        return new RateLimit(messages, window, window.dividedBy(60));
    }

    /** No limit: for benchmarks against a sandbox without one. */
    public static RateLimit unlimited() {
        return new RateLimit(Integer.MAX_VALUE, Duration.ofSeconds(1), Duration.ZERO);
    }

    public boolean isUnlimited() {
        return messages == Integer.MAX_VALUE;
    }

    Duration effectiveWindow() {
        return window.plus(margin);
    }
}
