package io.jenkins.plugins.dingtalkinspect.cli;

import io.jenkins.plugins.dingtalkinspect.robot.InvalidInputException;
import io.jenkins.plugins.dingtalkinspect.sandbox.DingTalkSandbox;
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

    @Override
    public Integer call() throws InterruptedException {
        List<SandboxRobot> registered = new ArrayList<>();
        for (String spec : robots) {
            registered.add(parse(spec));
        }
        if (registered.isEmpty()) {
            registered.add(SandboxRobot.signed("demo", DemoCommand.DEMO_TOKEN, DemoCommand.DEMO_SECRET));
        }
        try (DingTalkSandbox sandbox = DingTalkSandbox.start(
                SandboxOptions.defaults().withPort(port).withRobots(registered.toArray(SandboxRobot[]::new)))) {
            PrintWriter out = spec.commandLine().getOut();
            out.println("DingTalk sandbox on " + sandbox.baseUri());
            out.println("  webhook endpoint: " + sandbox.webhookEndpoint());
            for (SandboxRobot robot : registered) {
                out.println("  robot '" + robot.name() + "' (" + (robot.secret().isPresent() ? "signed" : "token only")
                        + ")");
            }
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
