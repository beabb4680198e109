package io.jenkins.plugins.dingtalkinspect.delivery;

import com.fasterxml.jackson.databind.JsonNode;
import io.jenkins.plugins.dingtalkinspect.robot.InvalidInputException;
import io.jenkins.plugins.dingtalkinspect.robot.Robot;
import io.jenkins.plugins.dingtalkinspect.robot.Secrets;
import io.jenkins.plugins.dingtalkinspect.robot.Signer;
import io.jenkins.plugins.dingtalkinspect.robot.message.MessageJson;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;

/** One HTTP attempt: sign, post, read DingTalk's answer. Never lets the request URL escape. */
final class Exchange {

    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
    private static final int MAX_ANSWER_BYTES = 64 * 1024;

    /** The result of one attempt. */
    record Result(Outcome outcome, Integer errcode, String errmsg) {}

    private Exchange() {}

    static Result post(OkHttpClient http, Robot robot, PreparedMessage prepared, long timestampMillis) {
        HttpUrl base = HttpUrl.get(robot.endpoint().toString());
        HttpUrl.Builder url = base.newBuilder().addQueryParameter("access_token", robot.token());
        String sign = null;
        if (robot.secret().isPresent()) {
            sign = Signer.signForQuery(robot.secret().get(), timestampMillis);
            url.addQueryParameter("timestamp", Long.toString(timestampMillis)).addEncodedQueryParameter("sign", sign);
        }
        Request request = new Request.Builder()
                .url(url.build())
                .post(RequestBody.create(prepared.body(), JSON))
                .build();
        try (Response response = http.newCall(request).execute()) {
            Result result = read(response);
            // DingTalk's own wording may quote the request ("sign not match, request …"): never pass a secret on
            return new Result(result.outcome(), result.errcode(), clean(result.errmsg(), robot, sign));
        } catch (InterruptedIOException e) {
            return new Result(Outcome.RETRYABLE, null, "timeout: " + clean(e, robot, sign));
        } catch (ConnectException e) {
            return new Result(Outcome.RETRYABLE, null, "connection failed: " + clean(e, robot, sign));
        } catch (IOException e) {
            return new Result(Outcome.RETRYABLE, null, "I/O error: " + clean(e, robot, sign));
        }
    }

    private static Result read(Response response) throws IOException {
        int status = response.code();
        ResponseBody body = response.body();
        String text = body.source().request(MAX_ANSWER_BYTES) ? "" : body.string();
        if (status != 200) {
            return new Result(Classifier.forHttpStatus(status), null, "HTTP " + status);
        }
        JsonNode answer;
        try {
            answer = MessageJson.mapper().readTree(text);
        } catch (IOException e) {
            answer = null;
        }
        if (answer == null || !answer.isObject() || !answer.has("errcode")) {
            return new Result(
                    Outcome.UNKNOWN, null, "the answer is not DingTalk's JSON (HTTP 200); check the endpoint");
        }
        JsonNode code = answer.get("errcode");
        Integer errcode = code.isNumber() ? Integer.valueOf(code.asInt()) : parseInt(code.asText());
        String errmsg = answer.path("errmsg").asText("");
        if (errcode == null) {
            return new Result(
                    Outcome.UNKNOWN,
                    null,
                    "errcode '" + InvalidInputException.shown(code.asText()) + "' is not a number");
        }
        return new Result(Classifier.classify(errcode, errmsg), errcode, errmsg);
    }

    private static Integer parseInt(String value) {
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Exception messages may carry the URL (and so the token) in some HTTP stacks; strip it. */
    private static String clean(IOException e, Robot robot, String sign) {
        return clean(e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()), robot, sign);
    }

    private static String clean(String message, Robot robot, String sign) {
        String decodedSign = sign == null ? null : URLDecoder.decode(sign, StandardCharsets.UTF_8);
        return Secrets.redact(message, robot.token(), robot.secret().orElse(null), sign, decodedSign);
    }
}
