package io.jenkins.plugins.dingtalkinspect.sandbox.robot;

import io.jenkins.plugins.dingtalkinspect.sandbox.message.ParsedBody;
import java.util.Objects;

/**
 * What the sandbox needs from one {@code POST /robot/send}.
 *
 * @param contentType the Content-Type header, or {@code null}
 * @param bodySize the body's full length in bytes, even if only part of it was kept
 * @param rawBody the body bytes kept
 */
public record SendRequest(String contentType, QueryString query, long bodySize, byte[] rawBody) {

    public SendRequest {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(rawBody, "rawBody");
    }

    public ParsedBody parse() {
        return ParsedBody.parse(rawBody);
    }

    public String accessToken() {
        return query.getOrNull("access_token");
    }
}
