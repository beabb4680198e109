package io.jenkins.plugins.dingtalkinspect.bench;

import io.jenkins.plugins.dingtalkinspect.inspection.BuildFacts;
import io.jenkins.plugins.dingtalkinspect.inspection.BuildResult;
import io.jenkins.plugins.dingtalkinspect.inspection.CardOptions;
import io.jenkins.plugins.dingtalkinspect.inspection.Inspection;
import io.jenkins.plugins.dingtalkinspect.inspection.Level;
import io.jenkins.plugins.dingtalkinspect.robot.message.At;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/** The inputs every benchmark shares: one realistic zh_CN error card of a failed nightly build. */
final class Fixtures {

    /** Shaped like DingTalk's secrets: "SEC" and 64 hex digits. Not a real robot's. */
    static final String SECRET = "SEC" + "0123456789abcdef".repeat(4);

    static final String TOKEN = "bench-robot-token-0001";

    private Fixtures() {}

    /** A failed build with 10 parameters (one of them a password parameter), 3 commits and tests. */
    static BuildFacts buildFacts() {
        return BuildFacts.builder("ops/nightly-backup", 1287)
                .result(BuildResult.FAILURE)
                .duration(Duration.ofMinutes(12).plusSeconds(37))
                .buildUrl("https://ci.example.com/job/ops/job/nightly-backup/1287/")
                .cause("Started by timer")
                .parameter("ENV", "production")
                .parameter("REGION", "cn-hangzhou")
                .parameter("DB_HOST", "db-primary.internal.example.com")
                .parameter("BACKUP_MODE", "full")
                .parameter("RETENTION_DAYS", "30")
                .parameter("VERIFY_RESTORE", "true")
                .parameter("NOTIFY_GROUP", "运维值班群")
                .parameter("MAX_PARALLEL", "4")
                .parameter("DRY_RUN", "false")
                .sensitiveParameter("DB_PASSWORD")
                .change("9f3c2a17b4e8d6c5a1f0e2d3c4b5a6978877e6d5", "张三", "备份脚本：压缩改用 zstd")
                .change("1a2b3c4d5e6f708192a3b4c5d6e7f80910111213", "李四", "fix: retry on S3 503\n\ndetails")
                .change("aabbccddeeff00112233445566778899aabbccdd", "王五", "更新备份保留策略为 30 天")
                .tests(412, 3, 7)
                .build();
    }

    static Inspection errorInspection() {
        String content = String.join(
                "\n",
                "- 全量备份：**失败**（退出码 2）",
                "- 增量备份：成功，耗时 3 分 12 秒",
                "- 磁盘空间：/data 已用 **93%**（阈值 90%）",
                "- 恢复校验：跳过",
                "",
                "```",
                "pg_dump: error: connection to server at \"db-primary\" failed: timeout expired",
                "```");
        return Inspection.builder("数据库备份检查")
                .content(content)
                .level(Level.ERROR)
                .author("运维值班")
                .detailsUrl("https://ci.example.com/job/ops/job/nightly-backup/1287/console")
                .time(ZonedDateTime.of(2025, 3, 14, 2, 30, 0, 0, ZoneId.of("Asia/Shanghai")))
                .mentions(At.mobiles("13800000000"))
                .build()
                .withBuild(buildFacts());
    }

    static CardOptions zhCnOptions() {
        return CardOptions.defaults();
    }
}
