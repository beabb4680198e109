package io.jenkins.plugins.dingtalkinspect.sandbox.throttle;

import io.jenkins.plugins.dingtalkinspect.sandbox.RateLimit;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;

/** The sliding-window state of one robot. Callers synchronise (see {@link ThrottleRegistry}). */
final class RobotThrottle {

    private final Deque<Instant> accepted = new ArrayDeque<>();
    private Instant blockedUntil = Instant.MIN;

    /** True if one more message may be accepted now; otherwise the robot is (or stays) blocked. */
    boolean allows(RateLimit limit, Instant now) {
        if (!limit.enabled()) {
            return true;
        }
        if (now.isBefore(blockedUntil)) {
            return false;
        }
        Instant windowStart = now.minus(limit.window());
        while (!accepted.isEmpty() && !accepted.peekFirst().isAfter(windowStart)) {
            accepted.pollFirst();
        }
        if (accepted.size() >= limit.messages()) {
            blockedUntil = now.plus(limit.block());
            // Once the block ends the robot starts over, as if its window had been emptied by the wait.
            accepted.clear();
            return false;
        }
        return true;
    }

    void recordAccepted(Instant now) {
        accepted.addLast(now);
    }
}
