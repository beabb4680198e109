package io.jenkins.plugins.dingtalkinspect.sandbox;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One custom robot the sandbox knows, identified by its access token.
 *
 * @param secret the {@code SEC…} signing secret; empty for a robot that does not require signing
 * @param keywords if not empty, a message must contain at least one of them (DingTalk allows up to 10)
 * @param rateLimit this robot's limit, or {@code null} to use the sandbox's default from {@link SandboxOptions}
 */
public record SandboxRobot(
        String name, String token, Optional<String> secret, List<String> keywords, RateLimit rateLimit) {

    static final int MAX_KEYWORDS = 10;

    public SandboxRobot {
        requireText(name, "name");
        requireText(token, "token");
        secret = secret == null ? Optional.empty() : secret;
        secret.ifPresent(s -> requireText(s, "secret"));
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
        if (keywords.size() > MAX_KEYWORDS) {
            throw new IllegalArgumentException("DingTalk allows at most " + MAX_KEYWORDS + " keywords");
        }
        keywords.forEach(k -> requireText(k, "keyword"));
    }

    /** A robot that requires {@code timestamp} and {@code sign} computed with {@code secret}. */
    public static SandboxRobot signed(String name, String token, String secret) {
        return new SandboxRobot(name, token, Optional.of(secret), List.of(), null);
    }

    /** A robot whose only protection is the token (newer group robots can be like this). */
    public static SandboxRobot tokenOnly(String name, String token) {
        return new SandboxRobot(name, token, Optional.empty(), List.of(), null);
    }

    public SandboxRobot withKeywords(String... newKeywords) {
        return withKeywords(Arrays.asList(newKeywords));
    }

    public SandboxRobot withKeywords(List<String> newKeywords) {
        return new SandboxRobot(name, token, secret, newKeywords, rateLimit);
    }

    public SandboxRobot withSecret(String newSecret) {
        return new SandboxRobot(name, token, Optional.of(newSecret), keywords, rateLimit);
    }

    public SandboxRobot withRateLimit(RateLimit newRateLimit) {
        return new SandboxRobot(name, token, secret, keywords, Objects.requireNonNull(newRateLimit, "rateLimit"));
    }

    /** The limit in force for this robot given the sandbox's default. */
    public RateLimit effectiveRateLimit(RateLimit sandboxDefault) {
        return rateLimit != null ? rateLimit : sandboxDefault;
    }

    /** Never reveals the token or the secret: robots end up in test failure messages and logs. */
    @Override
    public String toString() {
        return "SandboxRobot[name=" + name + ", signed=" + secret.isPresent() + ", keywords=" + keywords
                + ", rateLimit=" + rateLimit + "]";
    }

    private static void requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " must not be blank");
        }
    }
}
