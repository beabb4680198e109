package io.jenkins.plugins.dingtalkinspect.cli;

import io.jenkins.plugins.dingtalkinspect.delivery.DeliveryOptions;
import io.jenkins.plugins.dingtalkinspect.delivery.DeliveryReport;
import io.jenkins.plugins.dingtalkinspect.delivery.RateBudgets;
import io.jenkins.plugins.dingtalkinspect.delivery.RateLimit;
import io.jenkins.plugins.dingtalkinspect.delivery.RobotClient;
import io.jenkins.plugins.dingtalkinspect.digest.DigestingSender;
import io.jenkins.plugins.dingtalkinspect.inspection.CardOptions;
import io.jenkins.plugins.dingtalkinspect.inspection.CardRenderer;
import io.jenkins.plugins.dingtalkinspect.inspection.Inspection;
import io.jenkins.plugins.dingtalkinspect.inspection.Level;
import io.jenkins.plugins.dingtalkinspect.robot.InvalidInputException;
import io.jenkins.plugins.dingtalkinspect.robot.Robot;
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
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Reproduces a burst against an embedded sandbox whose rate limit is scaled down, and reports how
 * close delivery came to the limit: nothing lost, nothing throttled, time near the minimum.
 */
@Command(
        mixinStandardHelpOptions = true,
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

    @Mixin
    DigestOption digest = new DigestOption();

    @Option(
            names = "--warmup",
            defaultValue = "300",
            description =
                    "Cards sent first to an unlimited robot and not counted, so the figures describe the budget, not a cold JVM (default: ${DEFAULT-VALUE}).")
    int warmup;

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
            warmUp(sandbox);
            DeliveryOptions options = DeliveryOptions.defaults()
                    .withRateLimit(RateLimit.of(limit, windowLength))
                    .withThrottleBlock(windowLength.multipliedBy(5))
                    .withDeadline(windowLength.multipliedBy(messages / limit + 10L));
            RobotClient client = new RobotClient(null, options, Clock.systemUTC(), new RateBudgets(Clock.systemUTC()));
            DigestingSender sender = new DigestingSender(client, digest.options(), Clock.systemUTC());
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            long started = System.nanoTime();
            List<Future<DeliveryReport>> futures = new ArrayList<>();
            for (int i = 0; i < messages; i++) {
                for (Robot target : targets) {
                    int n = i;
                    Inspection card = Inspection.builder("load " + n)
                            .content("burst message " + n)
                            .level(n % 5 == 0 ? Level.ERROR : Level.INFO)
                            .build();
                    futures.add(pool.submit(() -> sender.send(target, card, CardOptions.defaults())));
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

    private void warmUp(DingTalkSandbox sandbox) {
        if (warmup <= 0) {
            return;
        }
        sandbox.register(SandboxRobot.signed("warm-up", "load-warm-up-token", "SECloadwarmup00001")
                .withRateLimit(io.jenkins.plugins.dingtalkinspect.sandbox.RateLimit.off()));
        Robot robot = Robot.of(sandbox.webhookEndpoint(), "load-warm-up-token", "SECloadwarmup00001", List.of());
        RobotClient client = new RobotClient(
                null,
                DeliveryOptions.defaults().withRateLimit(RateLimit.unlimited()),
                Clock.systemUTC(),
                new RateBudgets(Clock.systemUTC()));
        for (int i = 0; i < warmup; i++) {
            client.send(
                    robot,
                    CardRenderer.render(
                            Inspection.builder("warm-up " + i)
                                    .content("warm-up")
                                    .build(),
                            CardOptions.defaults()));
        }
        sandbox.clear();
    }
}
