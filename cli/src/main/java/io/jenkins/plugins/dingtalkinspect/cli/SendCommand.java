package io.jenkins.plugins.dingtalkinspect.cli;

import io.jenkins.plugins.dingtalkinspect.delivery.DeliveryOptions;
import io.jenkins.plugins.dingtalkinspect.delivery.DeliveryReport;
import io.jenkins.plugins.dingtalkinspect.delivery.RobotClient;
import io.jenkins.plugins.dingtalkinspect.inspection.CardOptions;
import io.jenkins.plugins.dingtalkinspect.inspection.CardRenderer;
import io.jenkins.plugins.dingtalkinspect.robot.Robot;
import io.jenkins.plugins.dingtalkinspect.robot.message.At;
import io.jenkins.plugins.dingtalkinspect.robot.message.Message;
import io.jenkins.plugins.dingtalkinspect.robot.message.TextMessage;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
        name = "send",
        description =
                "Send an inspection card (or, with --text, a plain text message) to a robot; prints the delivery report.")
final class SendCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    RobotOptions robot = new RobotOptions();

    @Mixin
    CardArgs card = new CardArgs();

    @Option(names = "--text", paramLabel = "TEXT", description = "Send this plain text message instead of a card.")
    String text;

    @Option(names = "--json", description = "Print the delivery report as one JSON object.")
    boolean json;

    @Option(
            names = "--deadline",
            paramLabel = "SECONDS",
            defaultValue = "120",
            description = "Give up after this many seconds (default: ${DEFAULT-VALUE}).")
    long deadlineSeconds;

    @Override
    public Integer call() {
        Robot target = robot.toRobot(System.getenv());
        Message message =
                text != null ? new TextMessage(text, At.of(card.atMobiles, card.atUsers, card.atAll)) : buildCard();
        RobotClient client =
                new RobotClient(DeliveryOptions.defaults().withDeadline(Duration.ofSeconds(deadlineSeconds)));
        DeliveryReport report = client.send(target, message);
        Locale locale =
                card.lang.toLowerCase(Locale.ROOT).startsWith("zh") ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
        Reports.print(spec.commandLine().getOut(), report, json, locale);
        return ExitCodes.of(report.outcome());
    }

    private Message buildCard() {
        CardOptions options = card.toCardOptions();
        return CardRenderer.render(card.toInspection(System.in), options);
    }
}
