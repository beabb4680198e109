package io.jenkins.plugins.dingtalkinspect.sandbox;

import java.time.Duration;
import java.util.Objects;

/**
 * A per-robot sliding-window limit: at most {@code messages} accepted messages within any {@code window};
 * the message that would exceed it is refused and the robot is then refused for {@code block}.
 * {@code messages == 0} means no limit.
 */
public record RateLimit(int messages, Duration window, Duration block) {

    private static final RateLimit OFF = new RateLimit(0, Duration.ZERO, Duration.ZERO);

    public RateLimit {
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(block, "block");
        if (messages < 0) {
            throw new IllegalArgumentException("messages must not be negative: " + messages);
        }
        if (messages > 0 && (window.isZero() || window.isNegative())) {
            throw new IllegalArgumentException("window must be positive when a limit is set");
        }
        if (block.isNegative()) {
            throw new IllegalArgumentException("block must not be negative");
        }
    }

    /** DingTalk's documented limit: 20 messages per minute, then 10 minutes of refusal. */
    public static RateLimit dingTalkDefault() {
        return new RateLimit(20, Duration.ofMinutes(1), Duration.ofMinutes(10));
    }

    public static RateLimit off() {
        return OFF;
    }

    public static RateLimit of(int messages, Duration window, Duration block) {
        return new RateLimit(messages, window, block);
    }

    public boolean enabled() {
        return messages > 0;
    }
}
