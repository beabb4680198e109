package io.jenkins.plugins.dingtalkinspect.cli;

import io.jenkins.plugins.dingtalkinspect.delivery.DeliveryOptions;
import io.jenkins.plugins.dingtalkinspect.delivery.DeliveryReport;
import io.jenkins.plugins.dingtalkinspect.delivery.RobotClient;
import io.jenkins.plugins.dingtalkinspect.inspection.CardRenderer;
import io.jenkins.plugins.dingtalkinspect.inspection.Inspection;
import io.jenkins.plugins.dingtalkinspect.robot.InvalidInputException;
import io.jenkins.plugins.dingtalkinspect.robot.Robot;
import io.jenkins.plugins.dingtalkinspect.robot.message.At;
import io.jenkins.plugins.dingtalkinspect.robot.message.Message;
import io.jenkins.plugins.dingtalkinspect.robot.message.MessageParser;
import io.jenkins.plugins.dingtalkinspect.robot.message.TextMessage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
        mixinStandardHelpOptions = true,
        name = "send",
        description =
                "Send an inspection card (or, with --text, a plain text message, or with --body, any DingTalk message) to a robot; prints the delivery report.")
final class SendCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    RobotOptions robot = new RobotOptions();

    @Mixin
    CardArgs card = new CardArgs();

    @Option(names = "--text", paramLabel = "TEXT", description = "Send this plain text message instead of a card.")
    String text;

    @Option(
            names = "--body",
            paramLabel = "FILE",
            description =
                    "Send a DingTalk message body of any msgtype (text, markdown, link, actionCard, feedCard) read from FILE, or '-' for standard input.")
    String body;

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
        int modes = (body != null ? 1 : 0)
                + (text != null ? 1 : 0)
                + (card.title != null || card.content != null || card.template != null ? 1 : 0);
        if (modes > 1) {
            throw new InvalidInputException(
                    "--title/--content, --text, --body", "choose one: a card, a plain --text, or a --body of any type");
        }
        Message message;
        if (body != null) {
            message = MessageParser.parse(readBody());
        } else if (text != null) {
            message = new TextMessage(text, At.of(card.atMobiles, card.atUsers, card.atAll));
        } else {
            message = buildCard();
        }
        RobotClient client =
                new RobotClient(DeliveryOptions.defaults().withDeadline(Duration.ofSeconds(deadlineSeconds)));
        DeliveryReport report = client.send(target, message);
        Locale locale = card.language.locale();
        Reports.print(spec.commandLine().getOut(), report, json, locale);
        return ExitCodes.of(report.outcome());
    }

    private String readBody() {
        try {
            byte[] bytes = "-".equals(body) ? System.in.readAllBytes() : Files.readAllBytes(Path.of(body));
            return new String(bytes, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InvalidInputException("--body", "cannot read '" + body + "': " + e.getMessage());
        }
    }

    private Message buildCard() {
        Inspection inspection = card.toInspection(System.in);
        return CardRenderer.render(inspection, card.toCardOptions(inspection.level()));
    }
}
