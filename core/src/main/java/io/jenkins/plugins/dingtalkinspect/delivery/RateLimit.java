package io.jenkins.plugins.dingtalkinspect.delivery;

import io.jenkins.plugins.dingtalkinspect.robot.InvalidInputException;
import java.time.Duration;

/**
 * A robot's sending budget: {@code messages} per rolling {@code window}. Slots already count from
 * the moment an answer came back, which is after DingTalk counted the request, so network delays
 * cannot squeeze two windows' worth of arrivals together; {@code margin} only widens the window a
 * little against clocks that tick at slightly different rates.
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

    /** DingTalk's documented limit, 20 per minute, counted over 60.5 s. */
    public static RateLimit dingTalkDefault() {
        return of(20, Duration.ofSeconds(60));
    }

    /** {@code messages} per {@code window}, with a margin of 1/120 of the window (0.5 s a minute). */
    public static RateLimit of(int messages, Duration window) {
        return new RateLimit(messages, window, window.dividedBy(120));
    }

    /** No limit: for benchmarks against a sandbox without one. */
    public static RateLimit unlimited() {
        return new RateLimit(Integer.MAX_VALUE, Duration.ofSeconds(1), Duration.ZERO);
    }

    /**
     * This limit with another number of messages per window (window and margin unchanged), e.g. a
     * lower share of {@link #dingTalkDefault()} for a robot that other systems also use.
     */
    public RateLimit withMessages(int newMessages) {
        return new RateLimit(newMessages, window, margin);
    }

    public boolean isUnlimited() {
        return messages == Integer.MAX_VALUE;
    }

    Duration effectiveWindow() {
        return window.plus(margin);
    }
}
