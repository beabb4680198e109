package io.jenkins.plugins.dingtalkinspect.delivery;

import io.jenkins.plugins.dingtalkinspect.robot.InvalidInputException;
import io.jenkins.plugins.dingtalkinspect.robot.message.SizeGuard;
import java.time.Duration;

/**
 * How hard to try: HTTP timeouts, retries, the robot's rate limit, how long DingTalk blocks a
 * throttled robot, and an overall deadline per message (budget waits and retries included).
 */
public record DeliveryOptions(
        Duration connectTimeout,
        Duration readTimeout,
        Duration callTimeout,
        RetryPolicy retry,
        RateLimit rateLimit,
        Duration throttleBlock,
        Duration deadline,
        int maxBodyBytes) {

    public DeliveryOptions {
        requirePositive("connectTimeout", connectTimeout);
        requirePositive("readTimeout", readTimeout);
        requirePositive("callTimeout", callTimeout);
        requirePositive("throttleBlock", throttleBlock);
        requirePositive("deadline", deadline);
        if (retry == null || rateLimit == null) {
            throw new InvalidInputException("retry/rateLimit", "are required");
        }
        if (maxBodyBytes < 1_000 || maxBodyBytes > SizeGuard.MAX_BODY_BYTES) {
            throw new InvalidInputException(
                    "maxBodyBytes", "must be between 1000 and " + SizeGuard.MAX_BODY_BYTES + ", got " + maxBodyBytes);
        }
    }

    public static DeliveryOptions defaults() {
        return new DeliveryOptions(
                Duration.ofSeconds(5),
                Duration.ofSeconds(10),
                Duration.ofSeconds(20),
                RetryPolicy.defaults(),
                RateLimit.dingTalkDefault(),
                Duration.ofMinutes(10),
                Duration.ofMinutes(2),
                SizeGuard.MAX_BODY_BYTES);
    }

    public DeliveryOptions withTimeouts(Duration connect, Duration read, Duration call) {
        return new DeliveryOptions(connect, read, call, retry, rateLimit, throttleBlock, deadline, maxBodyBytes);
    }

    public DeliveryOptions withRetry(RetryPolicy newRetry) {
        return new DeliveryOptions(
                connectTimeout, readTimeout, callTimeout, newRetry, rateLimit, throttleBlock, deadline, maxBodyBytes);
    }

    public DeliveryOptions withRateLimit(RateLimit newLimit) {
        return new DeliveryOptions(
                connectTimeout, readTimeout, callTimeout, retry, newLimit, throttleBlock, deadline, maxBodyBytes);
    }

    public DeliveryOptions withThrottleBlock(Duration block) {
        return new DeliveryOptions(
                connectTimeout, readTimeout, callTimeout, retry, rateLimit, block, deadline, maxBodyBytes);
    }

    public DeliveryOptions withDeadline(Duration newDeadline) {
        return new DeliveryOptions(
                connectTimeout, readTimeout, callTimeout, retry, rateLimit, throttleBlock, newDeadline, maxBodyBytes);
    }

    private static void requirePositive(String field, Duration d) {
        if (d == null || d.isNegative() || d.isZero()) {
            throw new InvalidInputException(field, "must be a positive duration");
        }
    }
}
