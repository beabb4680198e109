package io.jenkins.plugins.dingtalkinspect.testing;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Base64;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;

/**
 * A MockWebServer dispatcher that checks what DingTalk checks (token, timestamp within an hour,
 * signature, decoded exactly once from the raw query) with its own HMAC code, records each request,
 * and answers from a script (then "ok").
 */
public class FakeDingTalk extends Dispatcher {

    /** One request as the server saw it. */
    public record Seen(
            long arrivedNanos, String rawQuery, String timestamp, String sign, String body, String verdict) {}

    private final String token;
    private final String secret;
    private final Deque<MockResponse> script = new ArrayDeque<>();
    private final List<Seen> seen = new CopyOnWriteArrayList<>();

    public FakeDingTalk(String token, String secret) {
        this.token = token;
        this.secret = secret;
    }

    public static MockResponse answer(int errcode, String errmsg) {
        return new MockResponse.Builder()
                .code(200)
                .setHeader("Content-Type", "application/json")
                .body("{\"errcode\":" + errcode + ",\"errmsg\":\"" + errmsg + "\"}")
                .build();
    }

    public synchronized FakeDingTalk then(MockResponse response) {
        script.addLast(response);
        return this;
    }

    public List<Seen> seen() {
        return List.copyOf(seen);
    }

    @Override
    public MockResponse dispatch(RecordedRequest request) {
        String rawQuery = request.getUrl().encodedQuery();
        String timestamp = param(rawQuery, "timestamp");
        String sign = param(rawQuery, "sign");
        String body = request.getBody() == null ? "" : request.getBody().utf8();
        String verdict = verify(param(rawQuery, "access_token"), timestamp, sign);
        seen.add(new Seen(System.nanoTime(), rawQuery, timestamp, sign, body, verdict));
        if (!verdict.equals("ok")) {
            return answer(310000, verdict);
        }
        synchronized (this) {
            MockResponse next = script.pollFirst();
            return next != null ? next : answer(0, "ok");
        }
    }

    private String verify(String gotToken, String timestamp, String sign) {
        if (!token.equals(gotToken)) {
            return "token is not exist";
        }
        if (secret == null) {
            return timestamp == null && sign == null ? "ok" : "unexpected sign on an unsigned robot";
        }
        if (timestamp == null || sign == null) {
            return "sign not match, more: missing";
        }
        long ts = Long.parseLong(timestamp);
        if (Math.abs(System.currentTimeMillis() - ts) > 3_600_000L) {
            return "invalid timestamp";
        }
        return expectedSign(ts).equals(sign) ? "ok" : "sign not match";
    }

    private String expectedSign(long ts) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return Base64.getEncoder()
                    .encodeToString(mac.doFinal((ts + "\n" + secret).getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Decodes a query parameter exactly once, as a server does. */
    static String param(String rawQuery, String name) {
        if (rawQuery == null) {
            return null;
        }
        for (String pair : rawQuery.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && pair.substring(0, eq).equals(name)) {
                return URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            }
        }
        return null;
    }
}
