package io.jenkins.plugins.dingtalkinspect.delivery;

import java.util.Locale;

/**
 * What happened to a delivery, grouped by what the sender or an admin has to do about it. Each
 * class carries a short, secret-free hint in English and Chinese.
 */
public enum Outcome {
    DELIVERED(false, "Delivered.", "已送达。"),
    RETRYABLE(true, "DingTalk or the network failed for a moment; retried with backoff.", "钉钉或网络暂时故障，已按退避策略重试。"),
    THROTTLED(
            false,
            "The robot sent more than 20 messages a minute and is blocked for 10 minutes; send fewer or enable digest mode.",
            "机器人每分钟发送超过 20 条，已被限流 10 分钟；请减少发送或开启汇总模式。"),
    KEYWORD_MISMATCH(
            false,
            "The message contains none of the robot's security keywords; configure the same keywords as in DingTalk.",
            "消息不含机器人的安全关键词；请配置与钉钉中一致的关键词。"),
    SIGN_MISMATCH(
            false,
            "The signature does not match; the signing secret (SEC…) is wrong or the robot does not use signing.",
            "签名不匹配；加签密钥（SEC…）错误，或该机器人未开启加签。"),
    INVALID_TIMESTAMP(
            false,
            "DingTalk rejected the timestamp; this machine's clock is more than an hour off: synchronise it (NTP).",
            "钉钉拒绝了时间戳；本机时钟偏差超过 1 小时，请校准时间（NTP）。"),
    IP_NOT_ALLOWED(
            false,
            "This machine's IP address is not in the robot's allow-list; add it in the robot's security settings.",
            "本机 IP 不在机器人的 IP 白名单中；请在机器人安全设置中添加。"),
    TOKEN_INVALID(
            false,
            "The access token does not exist; copy the robot's webhook again into the credential.",
            "access_token 不存在；请重新复制机器人的 Webhook 到凭据中。"),
    ROBOT_DISABLED(false, "The robot is disabled in DingTalk; enable it in the group settings.", "机器人已停用；请在群设置中启用。"),
    GROUP_DISSOLVED(
            false,
            "The robot's group was dissolved; configure a robot of an existing group.",
            "机器人所在的群已解散；请改用现有群的机器人。"),
    ROBOT_NOT_IN_GROUP(
            false,
            "The robot no longer exists in its group; add a robot again and update the token.",
            "机器人已不在群中；请重新添加机器人并更新 token。"),
    CONTENT_REJECTED(
            false,
            "DingTalk's moderation rejected the content (link, text or image); change the message.",
            "钉钉内容审核拒绝了该消息（链接、文字或图片）；请修改内容。"),
    BODY_TOO_LARGE(false, "The message is over 20,000 bytes; shorten it.", "消息超过 20000 字节；请缩短内容。"),
    UNSUPPORTED(
            false,
            "DingTalk does not accept this message type or request format; this is a bug, please report it.",
            "钉钉不支持该消息类型或请求格式；这是缺陷，请反馈。"),
    DEADLINE_EXCEEDED(
            false,
            "The message could not be delivered before its deadline; DingTalk was failing or the robot's rate budget was exhausted.",
            "未能在截止时间前送达；钉钉持续故障或机器人发送额度已用尽。"),
    UNKNOWN(
            false,
            "DingTalk answered with an unknown error; see errcode and errmsg.",
            "钉钉返回了未知错误；请查看 errcode 与 errmsg。");

    private final boolean retryable;
    private final String hintEn;
    private final String hintZh;

    Outcome(boolean retryable, String hintEn, String hintZh) {
        this.retryable = retryable;
        this.hintEn = hintEn;
        this.hintZh = hintZh;
    }

    /** Worth another attempt of the same message after a backoff. */
    public boolean retryable() {
        return retryable;
    }

    public boolean delivered() {
        return this == DELIVERED;
    }

    /** What to fix, in Chinese for a Chinese locale and in English otherwise. */
    public String hint(Locale locale) {
        return chinese(locale) ? hintZh : hintEn;
    }

    static boolean chinese(Locale locale) {
        return locale != null && locale.getLanguage().equals("zh");
    }

    public String hint() {
        return hintEn;
    }
}
