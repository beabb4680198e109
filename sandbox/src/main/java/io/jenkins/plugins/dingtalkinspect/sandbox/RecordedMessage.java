package io.jenkins.plugins.dingtalkinspect.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One request to {@code /robot/send} as the sandbox saw and answered it.
 *
 * @param token the access token as sent (empty if absent); kept so tests can filter, never shown or printed
 * @param robotName the registered robot's name, {@code null} when the token is unknown
 * @param msgtype the body's {@code msgtype}, {@code null} if absent or the body is not JSON
 * @param msgUuid the body's {@code msgUuid}, {@code null} if absent
 * @param body the parsed body, {@code null} if it is not a JSON object
 * @param errcode the {@code errcode} answered; {@code -1} also for injected HTTP errors and resets
 * @param rawBody the body as UTF-8 text (cut at 1 MiB)
 * @param duplicate an earlier accepted message of the same robot carried the same {@code msgUuid}
 * @param httpStatus the HTTP status answered, {@code 0} when the connection was dropped
 * @param fault the injected fault that shaped this answer, if any
 */
public record RecordedMessage(
        Instant receivedAt,
        String token,
        String robotName,
        String msgtype,
        String msgUuid,
        JsonNode body,
        SignatureCheck signature,
        int errcode,
        String errmsg,
        String rawBody,
        boolean duplicate,
        int httpStatus,
        Optional<Fault> fault) {

    public RecordedMessage {
        Objects.requireNonNull(receivedAt, "receivedAt");
        token = token == null ? "" : token;
        Objects.requireNonNull(signature, "signature");
        Objects.requireNonNull(errmsg, "errmsg");
        rawBody = rawBody == null ? "" : rawBody;
        fault = fault == null ? Optional.empty() : fault;
    }

    /** DingTalk answered success: HTTP 200 and errcode 0 (duplicates included, as DingTalk also says ok). */
    public boolean accepted() {
        return httpStatus == 200 && errcode == 0;
    }

    /** Accepted and not a retry of an earlier message: what a group member would see in the chat. */
    public boolean delivered() {
        return accepted() && !duplicate;
    }

    /** The text DingTalk shows in the chat list: markdown/actionCard/link title, or the text content. */
    public Optional<String> title() {
        if (body == null || msgtype == null) {
            return Optional.empty();
        }
        String field =
                switch (msgtype) {
                    case "markdown", "actionCard", "link" ->
                        body.path(msgtype).path("title").asText(null);
                    case "text" -> body.path("text").path("content").asText(null);
                    default -> null;
                };
        return Optional.ofNullable(field);
    }

    /** Leaves out the token and the raw body: records end up in assertion messages and logs. */
    @Override
    public String toString() {
        return "RecordedMessage[receivedAt=" + receivedAt + ", robot=" + robotName + ", msgtype=" + msgtype
                + ", msgUuid=" + msgUuid + ", signature=" + signature + ", errcode=" + errcode + ", errmsg=" + errmsg
                + ", duplicate=" + duplicate + ", httpStatus=" + httpStatus
                + fault.map(f -> ", fault=" + f.describe()).orElse("") + "]";
    }
}
