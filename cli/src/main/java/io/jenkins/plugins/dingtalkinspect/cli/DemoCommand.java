package io.jenkins.plugins.dingtalkinspect.cli;

import io.jenkins.plugins.dingtalkinspect.delivery.DeliveryOptions;
import io.jenkins.plugins.dingtalkinspect.delivery.DeliveryReport;
import io.jenkins.plugins.dingtalkinspect.delivery.RobotClient;
import io.jenkins.plugins.dingtalkinspect.inspection.CardLanguage;
import io.jenkins.plugins.dingtalkinspect.inspection.CardOptions;
import io.jenkins.plugins.dingtalkinspect.inspection.CardRenderer;
import io.jenkins.plugins.dingtalkinspect.inspection.Inspection;
import io.jenkins.plugins.dingtalkinspect.inspection.Level;
import io.jenkins.plugins.dingtalkinspect.robot.Robot;
import io.jenkins.plugins.dingtalkinspect.sandbox.DingTalkSandbox;
import io.jenkins.plugins.dingtalkinspect.sandbox.SandboxOptions;
import io.jenkins.plugins.dingtalkinspect.sandbox.SandboxRobot;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
        mixinStandardHelpOptions = true,
        name = "demo",
        description =
                "Start a local DingTalk sandbox, send an info and an error inspection to a signed robot through the real client, and show the page.")
final class DemoCommand implements Callable<Integer> {

    static final String DEMO_TOKEN = "demo-token";
    static final String DEMO_SECRET = "SECdemo0123456789";

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(
            names = "--port",
            paramLabel = "PORT",
            defaultValue = "0",
            description = "Sandbox port on 127.0.0.1 (default: any free port).")
    int port;

    @Option(names = "--exit", description = "Stop after sending instead of serving the page until interrupted.")
    boolean exit;

    @Mixin
    LanguageOption language = new LanguageOption();

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        try (DingTalkSandbox sandbox = DingTalkSandbox.start(SandboxOptions.defaults()
                .withPort(port)
                .withRobots(SandboxRobot.signed("demo", DEMO_TOKEN, DEMO_SECRET)))) {
            Robot robot = Robot.of(sandbox.webhookEndpoint(), DEMO_TOKEN, DEMO_SECRET, List.of());
            CardOptions options = CardOptions.of(language.language());
            RobotClient client = new RobotClient(DeliveryOptions.defaults());
            Locale locale = language.locale();
            boolean zh = language.language() == CardLanguage.ZH_CN;
            DeliveryReport info = client.send(robot, CardRenderer.render(infoInspection(zh), options));
            DeliveryReport error = client.send(robot, CardRenderer.render(errorInspection(zh), options));
            out.println("info:  " + info.summary(locale));
            out.println("error: " + error.summary(locale));
            out.println("Cards: " + sandbox.baseUri());
            out.flush();
            if (!exit) {
                out.println("Serving until interrupted (Ctrl+C).");
                out.flush();
                Waiting.untilStopped();
            }
            return info.delivered() && error.delivered()
                    ? 0
                    : ExitCodes.of(info.delivered() ? error.outcome() : info.outcome());
        }
    }

    private static Inspection infoInspection(boolean zh) {
        return Inspection.builder(zh ? "数据库备份检查" : "Database backup check")
                .content(
                        zh
                                ? "- 全量备份：**成功**，12.4 GB\n- 增量备份：**成功**，310 MB\n- 最近恢复演练：3 天前"
                                : "- Full backup: **ok**, 12.4 GB\n- Incremental: **ok**, 310 MB\n- Last restore drill: 3 days ago")
                .level(Level.INFO)
                .author(zh ? "运维值班" : "Ops on duty")
                .detailsUrl("https://ci.example.com/job/backup-check/128/")
                .build();
    }

    private static Inspection errorInspection(boolean zh) {
        return Inspection.builder(zh ? "磁盘空间巡检" : "Disk space inspection")
                .content(
                        zh
                                ? "- `/data` 使用率 **93%**（阈值 85%）\n- `/var/log` 使用率 71%\n\n请尽快清理或扩容。"
                                : "- `/data` at **93%** (threshold 85%)\n- `/var/log` at 71%\n\nClean up or grow the volume soon.")
                .level(Level.ERROR)
                .author(zh ? "张三" : "Zhang San")
                .detailsUrl("https://ci.example.com/job/disk-watch/77/")
                .build();
    }
}
