package io.jenkins.plugins.dingtalkinspect.cli;

import io.jenkins.plugins.dingtalkinspect.delivery.DeliveryOptions;
import io.jenkins.plugins.dingtalkinspect.delivery.DeliveryReport;
import io.jenkins.plugins.dingtalkinspect.delivery.RateBudgets;
import io.jenkins.plugins.dingtalkinspect.delivery.RateLimit;
import io.jenkins.plugins.dingtalkinspect.delivery.RobotClient;
import io.jenkins.plugins.dingtalkinspect.robot.InvalidInputException;
import io.jenkins.plugins.dingtalkinspect.robot.Robot;
import io.jenkins.plugins.dingtalkinspect.robot.message.MarkdownMessage;
import io.jenkins.plugins.dingtalkinspect.sandbox.DingTalkSandbox;
import io.jenkins.plugins.dingtalkinspect.sandbox.SandboxOptions;
import io.jenkins.plugins.dingtalkinspect.sandbox.SandboxRobot;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Reproduces a burst against an embedded sandbox whose rate limit is scaled down, and reports how
 * close delivery came to the limit: nothing lost, nothing throttled, time near the minimum.
 */
@Command(
        name = "load",
        description = "Burst cards at robots of an embedded sandbox with a scaled rate limit; print the figures.")
final class LoadCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--messages", defaultValue = "100", description = "Messages per robot (default: ${DEFAULT-VALUE}).")
    int messages;

    @Option(
            names = "--robots",
            defaultValue = "1",
            description = "Robots, each with its own budget (default: ${DEFAULT-VALUE}).")
    int robots;

    @Option(
            names = "--limit",
            defaultValue = "20",
            description = "Messages per window per robot (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(
            names = "--window",
            defaultValue = "2s",
            description = "Window, e.g. 2s, 500ms, 1m (default: ${DEFAULT-VALUE}).")
    String window;

    @Option(names = "--threads", defaultValue = "20", description = "Sending threads (default: ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--json", description = "Print the figures as one JSON object.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        if (messages < 1 || robots < 1 || robots > 50 || threads < 1 || threads > 200 || limit < 1) {
            throw new InvalidInputException(
                    "--messages/--robots/--threads/--limit",
                    "need messages >= 1, 1 <= robots <= 50, 1 <= threads <= 200, limit >= 1");
        }
        Duration windowLength = Durations.parse("--window", window);
        io.jenkins.plugins.dingtalkinspect.sandbox.RateLimit serverLimit =
                io.jenkins.plugins.dingtalkinspect.sandbox.RateLimit.of(
                        limit, windowLength, windowLength.multipliedBy(5));
        try (DingTalkSandbox sandbox =
                DingTalkSandbox.start(SandboxOptions.defaults().withDefaultRateLimit(serverLimit))) {
            List<Robot> targets = new ArrayList<>();
            for (int r = 0; r < robots; r++) {
                String token = "load-robot-token-" + r;
                sandbox.register(SandboxRobot.signed("load-" + r, token, "SECload0000000000" + r));
                targets.add(Robot.of(sandbox.webhookEndpoint(), token, "SECload0000000000" + r, List.of()));
            }
            DeliveryOptions options = DeliveryOptions.defaults()
                    .withRateLimit(RateLimit.of(limit, windowLength))
                    .withThrottleBlock(windowLength.multipliedBy(5))
                    .withDeadline(windowLength.multipliedBy(messages / limit + 10L));
            RobotClient client = new RobotClient(null, options, Clock.systemUTC(), new RateBudgets(Clock.systemUTC()));
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            long started = System.nanoTime();
            List<Future<DeliveryReport>> futures = new ArrayList<>();
            for (int i = 0; i < messages; i++) {
                for (Robot target : targets) {
                    int n = i;
                    futures.add(pool.submit(
                            () -> client.send(target, new MarkdownMessage("load " + n, "burst message " + n))));
                }
            }
            List<DeliveryReport> reports = new ArrayList<>();
            for (Future<DeliveryReport> f : futures) {
                reports.add(f.get());
            }
            long elapsedMs = Duration.ofNanos(System.nanoTime() - started).toMillis();
            pool.shutdown();
            LoadFigures figures =
                    LoadFigures.of(reports, sandbox.messages(), messages * robots, limit, windowLength, elapsedMs);
            spec.commandLine().getOut().println(json ? Reports.toJson(figures.toMap()) : figures.toText());
            spec.commandLine().getOut().flush();
            return figures.lost() == 0 && figures.failed() == 0 ? 0 : 1;
        }
    }
}
