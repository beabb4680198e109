package io.jenkins.plugins.dingtalkinspect.sandbox.robot;

import io.jenkins.plugins.dingtalkinspect.sandbox.RateLimit;
import io.jenkins.plugins.dingtalkinspect.sandbox.SandboxRobot;
import io.jenkins.plugins.dingtalkinspect.sandbox.SignatureCheck;
import io.jenkins.plugins.dingtalkinspect.sandbox.message.KeywordText;
import io.jenkins.plugins.dingtalkinspect.sandbox.message.MessageTypes;
import io.jenkins.plugins.dingtalkinspect.sandbox.message.ParsedBody;
import io.jenkins.plugins.dingtalkinspect.sandbox.signature.SignatureVerifier;
import io.jenkins.plugins.dingtalkinspect.sandbox.throttle.ThrottleRegistry;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Applies DingTalk's checks to a {@code /robot/send} request in the order DingTalk applies them, so that a request
 * with several problems gets the same first complaint it would get from the real service.
 */
public final class SendDecider {

    private final Function<String, Optional<SandboxRobot>> robots;
    private final RateLimit defaultRateLimit;
    private final ThrottleRegistry throttles = new ThrottleRegistry();
    private final Map<String, Set<String>> acceptedUuids = new HashMap<>();

    public SendDecider(Function<String, Optional<SandboxRobot>> robots, RateLimit defaultRateLimit) {
        this.robots = robots;
        this.defaultRateLimit = defaultRateLimit;
    }

    /** Decides the answer and, when it is success, counts the message towards its robot's rate limit. */
    public Verdict decide(SendRequest request, Instant now) {
        return admit(check(request, now), now);
    }

    /**
     * The checks that do not depend on earlier messages: content type, token, signature, size, JSON, msgtype and
     * keywords. Changes no state, so it can also describe a request that an injected fault answers instead.
     */
    public Verdict check(SendRequest request, Instant now) {
        ParsedBody body = request.parse();
        Optional<SandboxRobot> robot = Optional.ofNullable(request.accessToken())
                .filter(t -> !t.isEmpty())
                .flatMap(robots);
        SignatureCheck signature = robot.map(r -> SignatureVerifier.check(
                        r.secret(),
                        request.query().getOrNull("timestamp"),
                        request.query().getOrNull("sign"),
                        now))
                .orElse(SignatureCheck.NOT_REQUIRED);
        Verdict verdict = new Verdict(Answers.OK, Answers.OK_MSG, signature, robot, body, false);

        if (!isJson(request.contentType())) {
            return verdict.answer(Answers.BAD_CONTENT_TYPE, Answers.BAD_CONTENT_TYPE_MSG);
        }
        if (robot.isEmpty()) {
            return verdict.answer(Answers.TOKEN_NOT_EXIST, Answers.TOKEN_NOT_EXIST_MSG);
        }
        switch (signature) {
            case MISSING -> {
                return verdict.answer(Answers.SECURITY, Answers.SIGN_MISSING_MSG);
            }
            case STALE_TIMESTAMP -> {
                return verdict.answer(Answers.SECURITY, Answers.INVALID_TIMESTAMP_MSG);
            }
            case MISMATCH -> {
                return verdict.answer(Answers.SECURITY, Answers.SIGN_MISMATCH_MSG);
            }
            case VALID, NOT_REQUIRED -> {
                // go on
            }
        }
        if (request.bodySize() > Answers.MAX_BODY_BYTES) {
            return verdict.answer(Answers.TOO_LONG, Answers.TOO_LONG_MSG);
        }
        if (!body.isJsonObject()) {
            return verdict.answer(Answers.MISSING_JSON, Answers.MISSING_JSON_MSG);
        }
        if (!MessageTypes.supported(body.msgtype())) {
            return verdict.answer(Answers.UNSUPPORTED_MSGTYPE, Answers.UNSUPPORTED_MSGTYPE_MSG);
        }
        if (!KeywordText.matches(robot.get().keywords(), body.json(), body.msgtype())) {
            return verdict.answer(Answers.SECURITY, Answers.KEYWORDS_MSG);
        }
        return verdict;
    }

    /** Forgets rate-limit state and the msgUuids seen. */
    public synchronized void clear() {
        throttles.clear();
        acceptedUuids.clear();
    }

    // One lock around de-duplication and counting so two concurrent retries cannot both be accepted as new.
    private synchronized Verdict admit(Verdict checked, Instant now) {
        if (!checked.ok()) {
            return checked;
        }
        SandboxRobot robot = checked.robot().orElseThrow();
        String uuid = checked.body().msgUuid();
        Set<String> seen = acceptedUuids.computeIfAbsent(robot.token(), t -> new HashSet<>());
        if (uuid != null && seen.contains(uuid)) {
            // DingTalk answers a retry as success without posting it again, and it does not count it either.
            return checked.asDuplicate();
        }
        if (!throttles.tryAcquire(robot.token(), robot.effectiveRateLimit(defaultRateLimit), now)) {
            return checked.answer(Answers.TOO_FAST, Answers.TOO_FAST_MSG);
        }
        if (uuid != null) {
            seen.add(uuid);
        }
        return checked;
    }

    private static boolean isJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        String mediaType = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        return mediaType.equals("application/json");
    }
}
