package io.jenkins.plugins.dingtalkinspect.sandbox.throttle;

import io.jenkins.plugins.dingtalkinspect.sandbox.RateLimit;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/** Rate-limit state for every robot, keyed by token. Thread-safe. */
public final class ThrottleRegistry {

    private final Map<String, RobotThrottle> byToken = new HashMap<>();

    /**
     * Decides whether one more message may be accepted now for this robot and, if so, counts it. Only messages that
     * are then accepted should come through here, since every {@code true} uses up a place in the window.
     */
    public synchronized boolean tryAcquire(String token, RateLimit limit, Instant now) {
        RobotThrottle throttle = byToken.computeIfAbsent(token, t -> new RobotThrottle());
        if (!throttle.allows(limit, now)) {
            return false;
        }
        throttle.recordAccepted(now);
        return true;
    }

    public synchronized void clear() {
        byToken.clear();
    }
}
