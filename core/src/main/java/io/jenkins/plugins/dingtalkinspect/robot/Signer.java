package io.jenkins.plugins.dingtalkinspect.robot;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** DingTalk's request signature: Base64(HmacSHA256(key = secret, data = timestamp + "\n" + secret)). */
public final class Signer {

    private Signer() {}

    /** The Base64 signature, not yet URL-encoded. */
    public static String sign(String secret, long timestampMillis) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] digest = mac.doFinal((timestampMillis + "\n" + secret).getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    /**
     * The signature as it must appear in the query: URL-encoded exactly once. Encoding it here and
     * adding it as an already-encoded parameter keeps HTTP libraries from encoding it a second time,
     * or from passing '+' through unencoded (a server would read it as a space).
     */
    public static String signForQuery(String secret, long timestampMillis) {
        return URLEncoder.encode(sign(secret, timestampMillis), StandardCharsets.UTF_8);
    }
}
