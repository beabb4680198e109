package io.jenkins.plugins.dingtalkinspect.jenkins.delivery;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.util.FormValidation;
import io.jenkins.plugins.dingtalkinspect.delivery.DeliveryOptions;
import io.jenkins.plugins.dingtalkinspect.delivery.DeliveryReport;
import io.jenkins.plugins.dingtalkinspect.delivery.RateBudgets;
import io.jenkins.plugins.dingtalkinspect.delivery.RobotClient;
import io.jenkins.plugins.dingtalkinspect.inspection.CardRenderer;
import io.jenkins.plugins.dingtalkinspect.inspection.Inspection;
import io.jenkins.plugins.dingtalkinspect.inspection.Level;
import io.jenkins.plugins.dingtalkinspect.jenkins.Messages;
import io.jenkins.plugins.dingtalkinspect.jenkins.actions.SentMessage;
import io.jenkins.plugins.dingtalkinspect.jenkins.actions.SentMessagesAction;
import io.jenkins.plugins.dingtalkinspect.jenkins.config.DingTalkInspectConfiguration;
import io.jenkins.plugins.dingtalkinspect.jenkins.config.RobotConfig;
import io.jenkins.plugins.dingtalkinspect.robot.Robot;
import io.jenkins.plugins.dingtalkinspect.robot.message.Message;
import io.jenkins.plugins.okhttp.api.JenkinsOkHttpClient;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import okhttp3.OkHttpClient;

/**
 * Sends a card through a configured robot: resolves its credentials, delivers with core's client
 * through Jenkins' proxy settings, prints one line to the build log and records the message on the
 * run. Nothing it prints or records holds a secret.
 */
public final class Dispatcher {

    /** Shared connection pool and threads; every send derives a client with the current proxy. */
    private static final OkHttpClient BASE = new OkHttpClient();

    private Dispatcher() {}

    static RobotClient client(DeliveryOptions options) {
        OkHttpClient withProxy = JenkinsOkHttpClient.newClientBuilder(BASE).build();
        return new RobotClient(withProxy, options, Clock.systemUTC(), RateBudgets.shared());
    }

    /**
     * @throws IllegalArgumentException (including core's {@code InvalidInputException}) with a
     *     user-facing message when the robot or the card cannot be used
     */
    public static DeliveryReport send(
            RobotConfig robotConfig,
            Inspection inspection,
            boolean includeParameters,
            Run<?, ?> run,
            TaskListener listener) {
        DingTalkInspectConfiguration config = DingTalkInspectConfiguration.get();
        Message message = CardRenderer.render(inspection, Cards.options(config, includeParameters));
        Robot robot = RobotResolver.resolve(robotConfig, run);
        DeliveryReport report = client(config.getDelivery().toOptions()).send(robot, message);
        Locale locale = config.cardLocale();
        listener.getLogger().println(Messages.Log_Line(robotConfig.getId(), report.summary(locale)));
        SentMessagesAction.record(run, SentMessage.of(Instant.now(), robotConfig.getId(), inspection, report, locale));
        return report;
    }

    /** The "Send test message" button: a real card, credentials resolved here on the server. */
    public static FormValidation sendTestMessage(RobotConfig robotConfig) {
        DingTalkInspectConfiguration config = DingTalkInspectConfiguration.get();
        Locale locale = config.cardLocale();
        try {
            Inspection inspection = Inspection.builder(Messages.TestMessage_Title())
                    .content(Messages.TestMessage_Content(robotConfig.getId()))
                    .level(Level.INFO)
                    .build();
            Message message = CardRenderer.render(inspection, Cards.options(config, false));
            Robot robot = RobotResolver.resolve(robotConfig, null);
            DeliveryReport report = client(config.getDelivery().toOptions()).send(robot, message);
            return report.delivered()
                    ? FormValidation.ok(report.summary(locale))
                    : FormValidation.error(report.summary(locale));
        } catch (IllegalArgumentException e) {
            return FormValidation.error(e.getMessage());
        }
    }

    /** The robot a step or notifier names, or the default one. */
    public static RobotConfig robot(@CheckForNull String id) {
        return DingTalkInspectConfiguration.get().resolveRobot(id);
    }
}
