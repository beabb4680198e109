package io.jenkins.plugins.dingtalkinspect.inspection;

import io.jenkins.plugins.dingtalkinspect.robot.message.At;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/** Fixed inspections for golden files and other tests: same input, same card, byte for byte. */
final class Samples {

    static final ZonedDateTime TIME = ZonedDateTime.of(2026, 12, 1, 9, 30, 0, 0, ZoneId.of("Asia/Shanghai"));

    private Samples() {}

    static Inspection inspection(CardLanguage language, Level level, boolean withBuild) {
        boolean zh = language == CardLanguage.ZH_CN;
        Inspection.Builder b = Inspection.builder(zh ? "数据库备份检查" : "Database backup check")
                .level(level)
                .time(TIME);
        if (level == Level.INFO) {
            b.content(zh ? "3 个数据库的备份均已完成，最新备份 02:00。" : "All 3 database backups completed, latest at 02:00.");
            b.author(zh ? "张三" : "Alice");
        } else {
            b.content(
                    zh
                            ? "2 个备份失败：\n\n- **orders**：磁盘已满\n- **users**：连接超时\n\n请 @13800000000 处理。"
                            : "2 backups failed:\n\n- **orders**: disk full\n- **users**: connection timed out\n\n@13800000000 please have a look.");
            b.mentions(At.of(java.util.List.of("13800000000"), java.util.List.of("ops_lead"), false));
        }
        // one of each: details URL given, and left out (the build's URL, or no line at all)
        if (withBuild == (level == Level.ERROR)) {
            b.detailsUrl("https://ops.example.com/inspections/backup?day=2026-12-01");
        }
        if (withBuild) {
            b.buildFacts(build(level));
        }
        return b.build();
    }

    static BuildFacts build(Level level) {
        BuildFacts.Builder b = BuildFacts.builder("ops/nightly-backup", 42)
                .jobDisplayName("nightly-backup")
                .result(level == Level.ERROR ? BuildResult.FAILURE : BuildResult.SUCCESS)
                .duration(Duration.ofSeconds(83))
                .buildUrl("https://jenkins.example.com/job/ops/job/nightly-backup/42/")
                .parameter("ENV", "prod")
                .parameter("TARGET_DB", "orders_db")
                .sensitiveParameter("DB_PASSWORD")
                .cause("Started by timer");
        if (level == Level.ERROR) {
            b.change("a1b2c3d4e5f60718293a4b5c6d7e8f9012345678", "李四", "fix: retry on timeout\n\nlonger body")
                    .tests(120, 2, 3);
        }
        return b.build();
    }
}
