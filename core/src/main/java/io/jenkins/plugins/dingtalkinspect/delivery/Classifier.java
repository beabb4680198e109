package io.jenkins.plugins.dingtalkinspect.delivery;

import java.util.Locale;

/**
 * Maps DingTalk's answers to {@link Outcome}s. DingTalk answers business errors with HTTP 200 and a
 * non-zero errcode; published code tables disagree by one in places and 310000 covers four different
 * problems, so the errmsg (English or Chinese wording) decides wherever it is telling.
 */
public final class Classifier {

    private Classifier() {}

    /** An HTTP status other than 200, before any JSON is read. */
    public static Outcome forHttpStatus(int status) {
        if (status >= 500 || status == 429 || status == 408) {
            return Outcome.RETRYABLE;
        }
        return status == 200 ? Outcome.DELIVERED : Outcome.UNKNOWN;
    }

    public static Outcome classify(int errcode, String errmsg) {
        String msg = errmsg == null ? "" : errmsg.toLowerCase(Locale.ROOT);
        Outcome byMessage = byMessage(msg);
        if (errcode == 0) {
            return Outcome.DELIVERED;
        }
        if (byMessage != null) {
            return byMessage;
        }
        return switch (errcode) {
            case -1 -> Outcome.RETRYABLE;
            case 130101, 410100, 660026 -> Outcome.THROTTLED;
            case 300001, 300005, 400101 -> Outcome.TOKEN_INVALID;
            case 400102 -> Outcome.ROBOT_DISABLED;
            case 400013 -> Outcome.GROUP_DISSOLVED;
            case 400106 -> Outcome.ROBOT_NOT_IN_GROUP;
            case 430101, 430102, 430103, 430104 -> Outcome.CONTENT_REJECTED;
            case 460101, 101002 -> Outcome.BODY_TOO_LARGE;
            case 400105, 43004 -> Outcome.UNSUPPORTED;
            default -> Outcome.UNKNOWN;
        };
    }

    private static Outcome byMessage(String msg) {
        if (msg.isEmpty()) {
            return null;
        }
        if (msg.contains("keywords not in content") || msg.contains("关键词不匹配") || msg.contains("关键字不匹配")) {
            return Outcome.KEYWORD_MISMATCH;
        }
        if (msg.contains("sign not match") || msg.contains("签名不匹配")) {
            return Outcome.SIGN_MISMATCH;
        }
        if (msg.contains("invalid timestamp")
                || msg.contains("timestamp") && msg.contains("过期")
                || msg.contains("时间戳") && (msg.contains("无效") || msg.contains("过期") || msg.contains("不合法"))) {
            return Outcome.INVALID_TIMESTAMP;
        }
        if (msg.contains("not in whitelist") || msg.contains("白名单")) {
            return Outcome.IP_NOT_ALLOWED;
        }
        if (msg.contains("send too fast")
                || msg.contains("too many messages")
                || msg.contains("发送速度太快")
                || msg.contains("限流")) {
            return Outcome.THROTTLED;
        }
        if (msg.contains("系统繁忙") || msg.contains("system busy")) {
            return Outcome.RETRYABLE;
        }
        if (msg.contains("token is not exist") || msg.contains("access_token不存在") || msg.contains("access_token 不存在")) {
            return Outcome.TOKEN_INVALID;
        }
        if (msg.contains("机器人已停用") || msg.contains("robot is disabled") || msg.contains("已停用")) {
            return Outcome.ROBOT_DISABLED;
        }
        if (msg.contains("群已被解散") || msg.contains("dissolved")) {
            return Outcome.GROUP_DISSOLVED;
        }
        if (msg.contains("机器人不存在") || msg.contains("robot not exist") || msg.contains("robot does not exist")) {
            return Outcome.ROBOT_NOT_IN_GROUP;
        }
        if (msg.contains("too long") || msg.contains("大小不合法") || msg.contains("exceed 20000")) {
            return Outcome.BODY_TOO_LARGE;
        }
        if (msg.contains("不支持的消息类型") || msg.contains("content-type") || msg.contains("unsupported")) {
            return Outcome.UNSUPPORTED;
        }
        if (msg.contains("unsafe") || msg.contains("不安全") || msg.contains("违规") || msg.contains("含有敏感")) {
            return Outcome.CONTENT_REJECTED;
        }
        return null;
    }
}
