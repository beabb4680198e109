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

    /** The robot's budget, with {@code limit} applied if an admin changed it since the last send. */
    public RateBudget budgetFor(Robot robot, RateLimit limit) {
        RateBudget budget = budgets.computeIfAbsent(robot.budgetKey(), key -> new RateBudget(limit, clock));
        if (!budget.limit().equals(limit)) {
            budget.reconfigure(limit);
        }
        return budget;
    }
}
