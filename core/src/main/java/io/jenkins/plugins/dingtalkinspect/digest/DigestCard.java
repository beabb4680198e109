package io.jenkins.plugins.dingtalkinspect.digest;

import io.jenkins.plugins.dingtalkinspect.inspection.CardLanguage;
import io.jenkins.plugins.dingtalkinspect.inspection.Level;
import io.jenkins.plugins.dingtalkinspect.inspection.MarkdownEscaper;
import io.jenkins.plugins.dingtalkinspect.robot.message.MarkdownMessage;
import io.jenkins.plugins.dingtalkinspect.robot.message.MessageJson;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * One summary card for many inspections: counts per level, then each title with its link, errors
 * first. Entries that do not fit in the body limit are left for the next digest.
 */
public final class DigestCard {

    /** The card and how many of the entries (from the front of the list) it carries. */
    public record Built(MarkdownMessage message, int carried) {}

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    /** Room kept for the msgUuid that delivery adds to the body. */
    private static final int UUID_ROOM = 100;

    private DigestCard() {}

    /**
     * @param entries at least one; errors are listed before infos, each group in arrival order
     */
    public static Built build(List<DigestEntry> entries, CardLanguage language, ZonedDateTime time, int maxBodyBytes) {
        int carried = entries.size();
        while (true) {
            MarkdownMessage card = render(entries.subList(0, carried), language, time);
            if (carried == 1 || MessageJson.toBytes(card, null).length + UUID_ROOM <= maxBodyBytes) {
                return new Built(card, carried);
            }
            carried = Math.max(1, carried * 3 / 4);
        }
    }

    static MarkdownMessage render(List<DigestEntry> entries, CardLanguage language, ZonedDateTime time) {
        boolean zh = language == CardLanguage.ZH_CN;
        long errors = entries.stream().filter(e -> e.level() == Level.ERROR).count();
        long infos = entries.size() - errors;
        Level level = errors > 0 ? Level.ERROR : Level.INFO;
        String counts =
                zh ? "❌ 异常 " + errors + " 条，✅ 正常 " + infos + " 条" : "❌ " + errors + " failed, ✅ " + infos + " ok";
        String title =
                language.marker() + (zh ? " 汇总 " : " Digest of ") + entries.size() + (zh ? " 条：" : ": ") + counts;
        StringBuilder text = new StringBuilder();
        text.append("### ")
                .append(errors > 0 ? "❌ " : "✅ ")
                .append("<font color=\"")
                .append(errors > 0 ? "#FF0000" : "#008000")
                .append("\">")
                .append(language.marker())
                .append(zh ? " 巡检汇总" : " Inspection digest")
                .append("</font>\n\n");
        text.append(zh ? "发送过于密集，" : "Too many cards at once: ")
                .append(entries.size())
                .append(zh ? " 张卡片合并为一条。" : " merged into one.")
                .append("\n\n**")
                .append(counts)
                .append("**\n\n---\n\n");
        appendGroup(text, entries, Level.ERROR);
        appendGroup(text, entries, Level.INFO);
        text.append("---\n\n**")
                .append(zh ? "播报时间" : "Time")
                .append("**")
                .append(zh ? "：" : ": ")
                .append(TIME.format(time))
                .append(" (")
                .append(time.getZone().getId())
                .append(')');
        return new MarkdownMessage(MarkdownEscaper.plain(title, 120), text.toString());
    }

    private static void appendGroup(StringBuilder text, List<DigestEntry> entries, Level level) {
        boolean any = false;
        for (DigestEntry entry : entries) {
            if (entry.level() != level) {
                continue;
            }
            any = true;
            String title = MarkdownEscaper.inline(entry.title(), 200);
            text.append("- ").append(level == Level.ERROR ? "❌ " : "✅ ");
            if (entry.url() == null) {
                text.append(title);
            } else {
                text.append('[').append(title).append("](").append(entry.url()).append(')');
            }
            text.append('\n');
        }
        if (any) {
            text.append('\n');
        }
    }
}
