package io.jenkins.plugins.dingtalkinspect.sandbox.robot;

/** The errcode/errmsg pairs the sandbox answers, worded as DingTalk words them. */
public final class Answers {

    public static final int OK = 0;
    public static final String OK_MSG = "ok";

    public static final int BUSY = -1;
    public static final String BUSY_MSG = "系统繁忙";

    public static final int BAD_CONTENT_TYPE = 43004;
    public static final String BAD_CONTENT_TYPE_MSG = "无效的HTTP HEADER Content-Type";

    public static final int TOKEN_NOT_EXIST = 300001;
    public static final String TOKEN_NOT_EXIST_MSG = "token is not exist";

    /** Signature, timestamp and keyword failures all share this code; only the message tells them apart. */
    public static final int SECURITY = 310000;

    public static final String SIGN_MISSING_MSG =
            "sign not match, more: [the robot requires the timestamp and sign query parameters]";
    public static final String SIGN_MISMATCH_MSG =
            "sign not match, more: [expected Base64(HmacSHA256(timestamp+\"\\n\"+secret)), URL-encoded once]";
    public static final String INVALID_TIMESTAMP_MSG = "invalid timestamp";
    public static final String KEYWORDS_MSG = "keywords not in content";

    public static final int TOO_LONG = 460101;
    public static final String TOO_LONG_MSG = "message too long, exceed 20000 bytes";

    public static final int MISSING_JSON = 40035;
    public static final String MISSING_JSON_MSG = "缺少参数 json";

    public static final int UNSUPPORTED_MSGTYPE = 400105;
    public static final String UNSUPPORTED_MSGTYPE_MSG = "不支持的消息类型";

    public static final int TOO_FAST = 130101;
    public static final String TOO_FAST_MSG = "send too fast, exceed 20 times per minute";

    /** DingTalk's limit on the whole request body. */
    public static final int MAX_BODY_BYTES = 20_000;

    private Answers() {}
}
