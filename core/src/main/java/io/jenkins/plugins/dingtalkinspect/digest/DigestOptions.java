package io.jenkins.plugins.dingtalkinspect.digest;

import io.jenkins.plugins.dingtalkinspect.robot.InvalidInputException;

/**
 * Digest mode, per robot: once {@code threshold} cards are already on their way to a robot (waiting
 * for its rate budget or in flight), further cards are merged into summary cards of at most
 * {@code maxPerDigest} entries instead of queueing one by one. DingTalk's own advice for bursts.
 */
public record DigestOptions(boolean enabled, int threshold, int maxPerDigest) {

    public static final int MAX_PER_DIGEST = 100;

    /** One minute of DingTalk's budget: below it cards go out one by one within the minute. */
    public static final int DEFAULT_THRESHOLD = 20;

    public static final int DEFAULT_MAX_PER_DIGEST = 50;

    public DigestOptions {
        if (threshold < 1) {
            throw new InvalidInputException("digest.threshold", "must be at least 1, got " + threshold);
        }
        if (maxPerDigest < 2 || maxPerDigest > MAX_PER_DIGEST) {
            throw new InvalidInputException(
                    "digest.maxPerDigest", "must be between 2 and " + MAX_PER_DIGEST + ", got " + maxPerDigest);
        }
    }

    public static DigestOptions off() {
        return new DigestOptions(false, DEFAULT_THRESHOLD, DEFAULT_MAX_PER_DIGEST);
    }

    /** On, merging once {@code threshold} cards are waiting, up to 50 per digest. */
    public static DigestOptions after(int threshold) {
        return new DigestOptions(true, threshold, DEFAULT_MAX_PER_DIGEST);
    }
}
