package io.jenkins.plugins.dingtalkinspect.delivery;

import io.jenkins.plugins.dingtalkinspect.robot.InvalidInputException;
import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * Exponential backoff with jitter for retryable outcomes. Jitter spreads the retries of many
 * builds that failed together, so they do not hit DingTalk (and the rate budget) in lockstep.
 */
public record RetryPolicy(int maxAttempts, Duration initialBackoff, Duration maxBackoff, double jitter) {

    /** The most attempts per message a policy allows. */
    public static final int MAX_ATTEMPTS = 20;

    public RetryPolicy {
        if (maxAttempts < 1 || maxAttempts > MAX_ATTEMPTS) {
            throw new InvalidInputException(
                    "maxAttempts", "must be between 1 and " + MAX_ATTEMPTS + ", got " + maxAttempts);
        }
        if (initialBackoff == null || initialBackoff.isNegative()) {
            throw new InvalidInputException("initialBackoff", "must be zero or positive");
        }
        if (maxBackoff == null || maxBackoff.compareTo(initialBackoff) < 0) {
            throw new InvalidInputException("maxBackoff", "must be at least initialBackoff");
        }
        if (jitter < 0 || jitter > 1) {
            throw new InvalidInputException("jitter", "must be between 0 and 1, got " + jitter);
        }
    }

    public static RetryPolicy defaults() {
        return new RetryPolicy(4, Duration.ofMillis(500), Duration.ofSeconds(8), 0.25);
    }

    public static RetryPolicy noRetries() {
        return new RetryPolicy(1, Duration.ZERO, Duration.ZERO, 0);
    }

    /** This policy with another number of attempts (backoff and jitter unchanged). */
    public RetryPolicy withMaxAttempts(int attempts) {
        return new RetryPolicy(attempts, initialBackoff, maxBackoff, jitter);
    }

    /** The pause before attempt {@code attempt + 1}, given that {@code attempt} (1-based) failed. */
    public Duration backoff(int attempt, RandomGenerator random) {
        double base = initialBackoff.toNanos() * Math.pow(2, Math.max(0, attempt - 1));
        double capped = Math.min(base, maxBackoff.toNanos());
        double factor = 1 - jitter + random.nextDouble() * 2 * jitter;
        return Duration.ofNanos((long) Math.min(capped * factor, maxBackoff.toNanos()));
    }
}
