package io.jenkins.plugins.dingtalkinspect.cli;

import io.jenkins.plugins.dingtalkinspect.robot.InvalidInputException;
import io.jenkins.plugins.dingtalkinspect.sandbox.DingTalkSandbox;
import io.jenkins.plugins.dingtalkinspect.sandbox.RateLimit;
import io.jenkins.plugins.dingtalkinspect.sandbox.SandboxOptions;
import io.jenkins.plugins.dingtalkinspect.sandbox.SandboxRobot;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
        mixinStandardHelpOptions = true,
        name = "sandbox",
        description = "Run a local DingTalk custom-robot server on 127.0.0.1; its page shows what robots received.")
final class SandboxCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(
            names = "--port",
            paramLabel = "PORT",
            defaultValue = "8089",
            description = "Port on 127.0.0.1 (0 = any free port; default: ${DEFAULT-VALUE}).")
    int port;

    @Option(
            names = "--robot",
            paramLabel = "NAME:TOKEN[:SECRET]",
            description =
                    "Register a robot (repeatable). Default: a signed robot 'demo' with token 'demo-token' and secret 'SECdemo0123456789'.")
    List<String> robots = new ArrayList<>();

    @Option(
            names = "--keyword",
            paramLabel = "WORD",
            description = "A security keyword every registered robot requires (repeatable; at most 10).")
    List<String> keywords = new ArrayList<>();

    @Option(
            names = "--limit",
            paramLabel = "N",
            defaultValue = "20",
            description = "Messages per window per robot before 130101 (default: ${DEFAULT-VALUE}; 0 = no limit).")
    int limit;

    @Option(
            names = "--window",
            paramLabel = "DURATION",
            defaultValue = "60s",
            description = "Rate window (default: ${DEFAULT-VALUE}).")
    String window;

    @Option(
            names = "--block",
            paramLabel = "DURATION",
            defaultValue = "10m",
            description = "How long a throttled robot stays blocked (default: ${DEFAULT-VALUE}).")
    String block;

    @Override
    public Integer call() throws InterruptedException {
        List<SandboxRobot> registered = new ArrayList<>();
        for (String spec : robots) {
            registered.add(parse(spec));
        }
        if (registered.isEmpty()) {
            registered.add(SandboxRobot.signed("demo", DemoCommand.DEMO_TOKEN, DemoCommand.DEMO_SECRET));
        }
        if (!keywords.isEmpty()) {
            registered.replaceAll(robot -> robot.withKeywords(keywords));
        }
        if (limit < 0) {
            throw new InvalidInputException("--limit", "must be 0 (no limit) or more, got " + limit);
        }
        RateLimit rateLimit = limit == 0
                ? RateLimit.off()
                : RateLimit.of(limit, Durations.parse("--window", window), Durations.parse("--block", block));
        SandboxOptions options = SandboxOptions.defaults()
                .withPort(port)
                .withDefaultRateLimit(rateLimit)
                .withRobots(registered.toArray(SandboxRobot[]::new));
        try (DingTalkSandbox sandbox = DingTalkSandbox.start(options)) {
            PrintWriter out = spec.commandLine().getOut();
            out.println("DingTalk sandbox on " + sandbox.baseUri());
            out.println("  webhook endpoint: " + sandbox.webhookEndpoint());
            for (SandboxRobot robot : registered) {
                out.println("  robot '" + robot.name() + "' (" + (robot.secret().isPresent() ? "signed" : "token only")
                        + (robot.keywords().isEmpty() ? "" : ", keywords " + robot.keywords()) + ")");
            }
            out.println("  rate limit:       "
                    + (rateLimit.enabled()
                            ? rateLimit.messages() + " per " + window + ", then blocked for " + block
                            : "off"));
            out.println("  messages page:    " + sandbox.baseUri());
            out.println("Press Ctrl+C to stop.");
            out.flush();
            Waiting.untilStopped();
        }
        return 0;
    }

    static SandboxRobot parse(String spec) {
        String[] parts = spec.split(":", 3);
        if (parts.length < 2 || parts[0].isBlank() || parts[1].isBlank()) {
            throw new InvalidInputException("--robot", "expected NAME:TOKEN or NAME:TOKEN:SECRET");
        }
        return parts.length == 3 && !parts[2].isBlank()
                ? SandboxRobot.signed(parts[0], parts[1], parts[2])
                : SandboxRobot.tokenOnly(parts[0], parts[1]);
    }
}
