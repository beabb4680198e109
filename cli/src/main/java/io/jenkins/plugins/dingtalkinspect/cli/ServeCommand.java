package io.jenkins.plugins.dingtalkinspect.cli;

import io.jenkins.plugins.dingtalkinspect.delivery.DeliveryOptions;
import io.jenkins.plugins.dingtalkinspect.delivery.RobotClient;
import io.jenkins.plugins.dingtalkinspect.digest.DigestingSender;
import io.jenkins.plugins.dingtalkinspect.inspection.CardOptions;
import io.jenkins.plugins.dingtalkinspect.robot.InvalidInputException;
import io.jenkins.plugins.dingtalkinspect.robot.Robot;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
        mixinStandardHelpOptions = true,
        name = "serve",
        description =
                "Run the HTTP relay: scripts POST {title, content, level, author, url} to /ding/send and it sends the card.")
final class ServeCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    RobotOptions robot = new RobotOptions();

    @Option(
            names = "--port",
            paramLabel = "PORT",
            defaultValue = "8088",
            description = "Port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(
            names = "--bind",
            paramLabel = "ADDRESS",
            defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}).")
    String bind;

    @Option(
            names = "--auth-token",
            paramLabel = "TOKEN",
            description = "Callers must send 'Authorization: Bearer TOKEN' (env DINGTALK_RELAY_TOKEN). Required.")
    String authToken;

    @Option(
            names = "--accept-source",
            paramLabel = "VALUE",
            description =
                    "Also accept callers whose JSON has \"source\": VALUE, as the original relay did (weaker; off by default).")
    String acceptSource;

    @Mixin
    DigestOption digest = new DigestOption();

    @Mixin
    LanguageOption language = new LanguageOption();

    @Override
    public Integer call() throws Exception {
        Robot target = robot.toRobot(System.getenv());
        String auth = authToken != null ? authToken : System.getenv("DINGTALK_RELAY_TOKEN");
        if (auth == null || auth.length() < 16) {
            throw new InvalidInputException(
                    "--auth-token", "is required and must be at least 16 characters (or set DINGTALK_RELAY_TOKEN)");
        }
        RelayServer.Config config =
                new RelayServer.Config(target, auth, acceptSource, CardOptions.of(language.language()));
        DigestingSender sender =
                new DigestingSender(new RobotClient(DeliveryOptions.defaults()), digest.options(), Clock.systemUTC());
        try (RelayServer server = RelayServer.start(bind, port, config, sender)) {
            PrintWriter out = spec.commandLine().getOut();
            out.println("Relay listening on " + server.uri() + "ding/send (GET for usage)");
            out.flush();
            Waiting.untilStopped();
        }
        return 0;
    }
}
