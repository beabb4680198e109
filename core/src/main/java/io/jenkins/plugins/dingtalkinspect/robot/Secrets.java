package io.jenkins.plugins.dingtalkinspect.robot;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/** Masking and redaction, so that no token, secret or signature reaches a log or a message. */
public final class Secrets {

    private static final Pattern ROBOT_PARAMETER = Pattern.compile("(access_token|sign|timestamp)=[^&\\s\"']*");
    private static final Pattern QUERY = Pattern.compile("(https?://[^\\s?#\"']+)\\?[^\\s#\"']*");

    private Secrets() {}

    /** Shows only the length: a token's first characters would help no reader but would help a guesser. */
    public static String mask(String value) {
        return value == null ? "null" : "****(" + value.length() + " chars)";
    }

    /** A short, irreversible name for a secret, to key shared state by it. */
    public static String fingerprint(String value) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /**
     * Removes URL queries (they carry access_token, timestamp and sign), the robot's query
     * parameters wherever they stand on their own (a server may echo a path and query without the
     * host), and any of the given secret values from a text, e.g. an I/O exception message or
     * DingTalk's errmsg, before it is reported.
     */
    public static String redact(String text, String... secrets) {
        if (text == null) {
            return null;
        }
        String out = QUERY.matcher(text).replaceAll("$1?****");
        out = ROBOT_PARAMETER.matcher(out).replaceAll("****");
        for (String secret : secrets) {
            if (secret != null && secret.length() >= 4) {
                out = out.replace(secret, "****");
            }
        }
        return out;
    }
}
