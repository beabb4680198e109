package io.jenkins.plugins.dingtalkinspect.sandbox.signature;

import io.jenkins.plugins.dingtalkinspect.sandbox.SignatureCheck;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * DingTalk's robot signature, implemented here independently of the client code so that the sandbox really checks
 * the client rather than agreeing with its own mistakes.
 */
public final class SignatureVerifier {

    /** DingTalk refuses timestamps further than this from its own clock, in either direction. */
    public static final Duration MAX_SKEW = Duration.ofHours(1);

    private static final String ALGORITHM = "HmacSHA256";

    private SignatureVerifier() {}

    /** Base64(HmacSHA256(key = secret, data = timestamp + "\n" + secret)), not URL-encoded. */
    public static String sign(long timestampMillis, String secret) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM));
            byte[] digest = mac.doFinal((timestampMillis + "\n" + secret).getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            // HmacSHA256 is mandatory in every Java platform, so this is a broken JRE.
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    /**
     * Judges the query parameters of one request.
     *
     * @param secret the robot's secret; empty means signing is not required
     * @param timestamp the {@code timestamp} parameter, already URL-decoded once, or {@code null}
     * @param sign the {@code sign} parameter, already URL-decoded once, or {@code null}
     */
    public static SignatureCheck check(Optional<String> secret, String timestamp, String sign, Instant now) {
        if (secret.isEmpty()) {
            return SignatureCheck.NOT_REQUIRED;
        }
        Optional<Long> millis = parseMillis(timestamp);
        if (millis.isEmpty() || sign == null || sign.isEmpty()) {
            return SignatureCheck.MISSING;
        }
        Duration skew =
                Duration.between(Instant.ofEpochMilli(millis.get()), now).abs();
        if (skew.compareTo(MAX_SKEW) > 0) {
            return SignatureCheck.STALE_TIMESTAMP;
        }
        byte[] expected = sign(millis.get(), secret.get()).getBytes(StandardCharsets.US_ASCII);
        byte[] actual = sign.getBytes(StandardCharsets.UTF_8);
        // Constant-time comparison: cheap, and keeps the sandbox from teaching a timing side channel.
        return MessageDigest.isEqual(expected, actual) ? SignatureCheck.VALID : SignatureCheck.MISMATCH;
    }

    private static Optional<Long> parseMillis(String timestamp) {
        if (timestamp == null || timestamp.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(timestamp));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
