package io.jenkins.plugins.dingtalkinspect.inspection;

import io.jenkins.plugins.dingtalkinspect.robot.InvalidInputException;
import java.time.Duration;
import java.util.Locale;

/** The language of a card's fixed words. Values (titles, parameters, causes) are shown as given. */
public enum CardLanguage {
    ZH_CN("zh_CN"),
    EN("en");

    private final String tag;

    CardLanguage(String tag) {
        this.tag = tag;
    }

    /** {@code zh_CN} or {@code en}, as written in options and templates. */
    public String tag() {
        return tag;
    }

    /** The locale of the words around a card: build log lines, delivery summaries and hints. */
    public Locale locale() {
        return this == ZH_CN ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
    }

    /**
     * Accepts {@code zh_CN}, {@code zh-CN}, {@code zh}, {@code zh_Hans…} and {@code en},
     * {@code en_US}, {@code en-GB}…, ignoring case; blank means the default, {@link #ZH_CN}.
     */
    public static CardLanguage parse(String value) {
        if (value == null || value.isBlank()) {
            return ZH_CN;
        }
        String v = value.strip().toLowerCase(Locale.ROOT).replace('-', '_');
        if (v.equals("zh") || v.startsWith("zh_")) {
            return ZH_CN;
        }
        if (v.equals("en") || v.startsWith("en_")) {
            return EN;
        }
        throw new InvalidInputException(
                "language", "must be one of zh_CN, en; got '" + InvalidInputException.shown(value) + "'");
    }

    /** Marks the chat-list title and the header, as the prototype did. */
    public String marker() {
        return this == ZH_CN ? "[巡检]" : "[Inspection]";
    }

    public String defaultAuthor() {
        return this == ZH_CN ? "巡检机器人" : "Inspection bot";
    }

    /** The header words after the marker: the original's 每天巡检 / 每天巡检异常. */
    public String header(Level level) {
        if (this == ZH_CN) {
            return marker() + (level == Level.ERROR ? " 每天巡检异常" : " 每天巡检");
        }
        return marker() + (level == Level.ERROR ? " Daily inspection FAILED" : " Daily inspection");
    }

    public String levelText(Level level) {
        if (this == ZH_CN) {
            return level == Level.ERROR ? "异常" : "正常";
        }
        return level == Level.ERROR ? "FAILED" : "OK";
    }

    public String resultText(BuildResult result) {
        if (this == ZH_CN) {
            return switch (result) {
                case SUCCESS -> "成功";
                case UNSTABLE -> "不稳定";
                case FAILURE -> "失败";
                case NOT_BUILT -> "未构建";
                case ABORTED -> "已中止";
                case RUNNING -> "运行中";
            };
        }
        return switch (result) {
            case SUCCESS -> "Success";
            case UNSTABLE -> "Unstable";
            case FAILURE -> "Failure";
            case NOT_BUILT -> "Not built";
            case ABORTED -> "Aborted";
            case RUNNING -> "Running";
        };
    }

    /** {@code 1小时2分3秒} / {@code 1h 2m 3s}; zero units are left out; "" when unknown. */
    public String duration(Duration duration) {
        if (duration == null) {
            return "";
        }
        long seconds = duration.getSeconds();
        if (seconds == 0) {
            return duration.isZero() ? (this == ZH_CN ? "0秒" : "0s") : (this == ZH_CN ? "不到1秒" : "<1s");
        }
        long h = seconds / 3600;
        long m = seconds % 3600 / 60;
        long s = seconds % 60;
        boolean zh = this == ZH_CN;
        StringBuilder out = new StringBuilder();
        append(out, h, zh ? "小时" : "h", zh);
        append(out, m, zh ? "分" : "m", zh);
        append(out, s, zh ? "秒" : "s", zh);
        return out.toString();
    }

    private static void append(StringBuilder out, long amount, String unit, boolean zh) {
        if (amount == 0) {
            return;
        }
        if (!zh && out.length() > 0) {
            out.append(' ');
        }
        out.append(amount).append(unit);
    }

    /** Joins short values (causes) on one line. */
    public String listSeparator() {
        return this == ZH_CN ? "；" : "; ";
    }
}
