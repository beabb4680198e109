package io.jenkins.plugins.dingtalkinspect.cli;

import io.jenkins.plugins.dingtalkinspect.delivery.Outcome;

/** Exit codes by outcome class, so scripts can tell "fix the config" from "try later". */
public final class ExitCodes {

    public static final int DELIVERED = 0;
    /** Bad options or input: nothing was sent. */
    public static final int BAD_INPUT = 2;
    /** DingTalk or the network kept failing, or the deadline passed: try again later. */
    public static final int TRANSIENT = 3;
    /** The robot is throttled (more than 20 messages a minute). */
    public static final int THROTTLED = 4;
    /** The robot's configuration is wrong: token, secret, keywords, IP allow-list, robot or group gone. */
    public static final int CONFIGURATION = 5;
    /** DingTalk refused the content: moderation, size, unsupported type. */
    public static final int CONTENT = 6;
    /** Anything else. */
    public static final int UNKNOWN = 7;

    private ExitCodes() {}

    public static int of(Outcome outcome) {
        return switch (outcome) {
            case DELIVERED -> DELIVERED;
            case RETRYABLE, DEADLINE_EXCEEDED -> TRANSIENT;
            case THROTTLED -> THROTTLED;
            case KEYWORD_MISMATCH,
                    SIGN_MISMATCH,
                    INVALID_TIMESTAMP,
                    IP_NOT_ALLOWED,
                    TOKEN_INVALID,
                    ROBOT_DISABLED,
                    GROUP_DISSOLVED,
                    ROBOT_NOT_IN_GROUP -> CONFIGURATION;
            case CONTENT_REJECTED, BODY_TOO_LARGE, UNSUPPORTED -> CONTENT;
            case UNKNOWN -> UNKNOWN;
        };
    }
}
