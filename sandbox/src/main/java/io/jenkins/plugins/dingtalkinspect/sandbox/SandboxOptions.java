package io.jenkins.plugins.dingtalkinspect.sandbox;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * How to start a {@link DingTalkSandbox}.
 *
 * @param port the loopback port, 0 for a free one
 * @param clock the sandbox's idea of "now": used for the timestamp check, rate limits and {@code receivedAt}
 * @param defaultRateLimit applied to robots that do not set their own
 * @param robots robots registered at start
 */
public record SandboxOptions(int port, Clock clock, RateLimit defaultRateLimit, List<SandboxRobot> robots) {

    public SandboxOptions {
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(defaultRateLimit, "defaultRateLimit");
        robots = robots == null ? List.of() : List.copyOf(robots);
    }

    /** A free port, the system clock, DingTalk's rate limit and no robots. */
    public static SandboxOptions defaults() {
        return new SandboxOptions(0, Clock.systemUTC(), RateLimit.dingTalkDefault(), List.of());
    }

    public SandboxOptions withPort(int newPort) {
        return new SandboxOptions(newPort, clock, defaultRateLimit, robots);
    }

    public SandboxOptions withClock(Clock newClock) {
        return new SandboxOptions(port, newClock, defaultRateLimit, robots);
    }

    public SandboxOptions withDefaultRateLimit(RateLimit newDefault) {
        return new SandboxOptions(port, clock, newDefault, robots);
    }

    public SandboxOptions withRobots(SandboxRobot... more) {
        List<SandboxRobot> all = new ArrayList<>(robots);
        all.addAll(Arrays.asList(more));
        return new SandboxOptions(port, clock, defaultRateLimit, all);
    }
}
