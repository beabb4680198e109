package io.jenkins.plugins.dingtalkinspect.delivery;

import io.jenkins.plugins.dingtalkinspect.robot.Robot;
import java.time.Clock;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The rate budgets of all robots. DingTalk counts per robot, whoever sends, so every client in a
 * process must draw from the same budget: {@link #shared()}.
 */
public final class RateBudgets {

    private static final RateBudgets SHARED = new RateBudgets(Clock.systemUTC());

    private final ConcurrentMap<String, RateBudget> budgets = new ConcurrentHashMap<>();
    private final Clock clock;

    public RateBudgets(Clock clock) {
        this.clock = clock;
    }

    public static RateBudgets shared() {
        return SHARED;
    }

    /** The robot's budget; a changed limit (an admin edited it) starts a new budget. */
    public RateBudget budgetFor(Robot robot, RateLimit limit) {
        return budgets.compute(
                robot.budgetKey(),
                (key, existing) ->
                        existing != null && existing.limit().equals(limit) ? existing : new RateBudget(limit, clock));
    }
}
