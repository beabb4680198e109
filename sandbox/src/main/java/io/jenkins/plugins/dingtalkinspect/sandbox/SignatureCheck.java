package io.jenkins.plugins.dingtalkinspect.sandbox;

/** How the sandbox judged the {@code timestamp}/{@code sign} query parameters of one request. */
public enum SignatureCheck {
    /** The robot has no secret (or the token was unknown), so nothing was checked. */
    NOT_REQUIRED,
    VALID,
    /** {@code timestamp} or {@code sign} absent, or the timestamp is not a number. */
    MISSING,
    MISMATCH,
    /** The timestamp is more than one hour away from the sandbox clock. */
    STALE_TIMESTAMP
}
