package io.jenkins.plugins.dingtalkinspect.delivery;

import io.jenkins.plugins.dingtalkinspect.robot.Robot;
import io.jenkins.plugins.dingtalkinspect.robot.message.Message;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.random.RandomGenerator;
import okhttp3.ConnectionPool;
import okhttp3.OkHttpClient;

/**
 * Delivers messages to DingTalk robots: waits for the robot's rate budget, signs every attempt
 * anew, retries what is worth retrying with backoff, and reports what happened. Thread-safe; one
 * instance can serve a whole process.
 */
public final class RobotClient {

    private static final Logger LOG = Logger.getLogger(RobotClient.class.getName());

    private final OkHttpClient http;
    private final DeliveryOptions options;
    private final Clock clock;
    private final RateBudgets budgets;
    private final RandomGenerator random = RandomGenerator.getDefault();

    /**
     * @param base an HTTP client to derive from (Jenkins passes one that follows its proxy settings),
     *     or {@code null} for a new one
     */
    public RobotClient(OkHttpClient base, DeliveryOptions options, Clock clock, RateBudgets budgets) {
        this.options = options;
        this.clock = clock;
        this.budgets = budgets;
        // a burst sends a robot's whole budget at once: keep that many connections for the next window
        OkHttpClient.Builder builder = base == null
                ? new OkHttpClient.Builder().connectionPool(new ConnectionPool(32, 5, TimeUnit.MINUTES))
                : base.newBuilder();
        // Our own retries know which failures are safe to repeat; a redirect would carry the token elsewhere.
        this.http = builder.connectTimeout(options.connectTimeout())
                .readTimeout(options.readTimeout())
                .writeTimeout(options.readTimeout())
                .callTimeout(options.callTimeout())
                .retryOnConnectionFailure(false)
                .followRedirects(false)
                .followSslRedirects(false)
                .build();
    }

    public RobotClient(DeliveryOptions options) {
        this(null, options, Clock.systemUTC(), RateBudgets.shared());
    }

    public DeliveryOptions options() {
        return options;
    }

    /** Validates and prepares without sending: what {@link #send(Robot, Message)} would post. */
    public PreparedMessage prepare(Robot robot, Message message) {
        return PreparedMessage.prepare(robot, message, options.maxBodyBytes());
    }

    public DeliveryReport send(Robot robot, Message message) {
        return send(robot, prepare(robot, message));
    }

    public DeliveryReport send(Robot robot, PreparedMessage prepared) {
        Progress progress = new Progress(prepared.msgUuid());
        long deadline = RateBudget.deadlineAfter(options.deadline());
        RateBudget budget = budgets.budgetFor(robot, options.rateLimit());
        int failures = 0;
        boolean resigned = false;
        while (true) {
            RateBudget.Permit permit;
            try {
                permit = budget.acquire(deadline);
            } catch (RateBudget.Exhausted e) {
                Outcome outcome = e.throttledUntil().isPresent() ? Outcome.THROTTLED : Outcome.DEADLINE_EXCEEDED;
                return progress.end(outcome, e.getMessage(), e.throttledUntil());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return progress.end(Outcome.DEADLINE_EXCEEDED, "interrupted");
            }
            progress.waited = progress.waited.plus(permit.waited());
            progress.attempts++;
            Exchange.Result last;
            try (permit) {
                last = Exchange.post(http, robot, prepared, clock.millis());
            }
            progress.last = last;
            LOG.log(Level.FINE, "msgUuid {0} attempt {1} to {2}: {3} {4}", new Object[] {
                prepared.msgUuid(), progress.attempts, robot.endpoint().getHost(), last.outcome(), last.errcode()
            });
            if (last.outcome() == Outcome.THROTTLED) {
                // Everyone sending through this robot must now wait; this send waits too if its deadline allows.
                budget.park(options.throttleBlock());
                continue;
            }
            if (last.outcome() == Outcome.INVALID_TIMESTAMP && !resigned && robot.signed()) {
                // clock skew: DingTalk allows an hour, so one fresh signature is worth a try
                resigned = true;
                continue;
            }
            failures++;
            if (!last.outcome().retryable() || failures >= options.retry().maxAttempts()) {
                return progress.end(last.outcome(), last.errmsg());
            }
            Duration pause = options.retry().backoff(failures, random);
            if (System.nanoTime() + pause.toNanos() - deadline > 0) {
                return progress.end(
                        Outcome.DEADLINE_EXCEEDED,
                        "gave up at the deadline after " + progress.attempts + " attempts; last: " + last.errmsg());
            }
            if (!sleep(pause)) {
                return progress.end(Outcome.DEADLINE_EXCEEDED, "interrupted");
            }
        }
    }

    private static boolean sleep(Duration pause) {
        try {
            Thread.sleep(pause.toMillis(), pause.toNanosPart() % 1_000_000);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** What one send has been through so far, for its report. */
    private static final class Progress {
        private final long started = System.nanoTime();
        private final String msgUuid;
        private Duration waited = Duration.ZERO;
        private int attempts;
        private Exchange.Result last;

        Progress(String msgUuid) {
            this.msgUuid = msgUuid;
        }

        DeliveryReport end(Outcome outcome, String errmsg) {
            return end(outcome, errmsg, Optional.empty());
        }

        DeliveryReport end(Outcome outcome, String errmsg, Optional<Instant> throttledUntil) {
            return new DeliveryReport(
                    outcome.delivered(),
                    last == null ? null : last.errcode(),
                    errmsg,
                    outcome,
                    attempts,
                    waited,
                    Duration.ofNanos(System.nanoTime() - started),
                    msgUuid,
                    throttledUntil,
                    Optional.empty());
        }
    }
}
