package io.jenkins.plugins.dingtalkinspect.jenkins.delivery;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.util.FormValidation;
import io.jenkins.plugins.dingtalkinspect.delivery.DeliveryOptions;
import io.jenkins.plugins.dingtalkinspect.delivery.DeliveryReport;
import io.jenkins.plugins.dingtalkinspect.delivery.RateBudgets;
import io.jenkins.plugins.dingtalkinspect.delivery.RobotClient;
import io.jenkins.plugins.dingtalkinspect.digest.DigestOptions;
import io.jenkins.plugins.dingtalkinspect.digest.DigestingSender;
import io.jenkins.plugins.dingtalkinspect.digest.DigestingSenders;
import io.jenkins.plugins.dingtalkinspect.inspection.CardOptions;
import io.jenkins.plugins.dingtalkinspect.inspection.Inspection;
import io.jenkins.plugins.dingtalkinspect.inspection.Level;
import io.jenkins.plugins.dingtalkinspect.jenkins.Messages;
import io.jenkins.plugins.dingtalkinspect.jenkins.actions.SentMessage;
import io.jenkins.plugins.dingtalkinspect.jenkins.actions.SentMessagesAction;
import io.jenkins.plugins.dingtalkinspect.jenkins.config.DingTalkInspectConfiguration;
import io.jenkins.plugins.dingtalkinspect.jenkins.config.RobotConfig;
import io.jenkins.plugins.dingtalkinspect.robot.Robot;
import io.jenkins.plugins.okhttp.api.JenkinsOkHttpClient;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import okhttp3.OkHttpClient;

/**
 * Sends a card through a configured robot: resolves its credentials, delivers with core's client
 * through Jenkins' proxy settings (digest mode as the robot is configured), prints one line to the
 * build log and records the message on the run. Nothing it prints or records holds a secret.
 */
public final class Dispatcher {

    /** Shared connection pool and threads for every client. */
    private static final OkHttpClient BASE = new OkHttpClient();

    /**
     * The process's senders, one per delivery and digest options: a robot's digest backlog lives in
     * its sender, so every send must go through the same one. Clients follow Jenkins' proxy
     * settings as they are at each request, and share the process's rate budgets.
     */
    private static final DigestingSenders SENDERS = new DigestingSenders(Dispatcher::newClient, Clock.systemUTC());

    private Dispatcher() {}

    static RobotClient newClient(DeliveryOptions options) {
        OkHttpClient withProxy = JenkinsOkHttpClient.newClientBuilder(BASE).build();
        return new RobotClient(withProxy, options, Clock.systemUTC(), RateBudgets.shared());
    }

    /** The shared sender for the current delivery settings and the robot's digest mode. */
    static DigestingSender sender(DingTalkInspectConfiguration config, DigestOptions digest) {
        return SENDERS.sender(config.getDelivery().toOptions(), digest);
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
        CardOptions cardOptions = Cards.options(config, includeParameters);
        DigestOptions digest = robotConfig.digestOptions();
        Robot robot = RobotResolver.resolve(robotConfig, run);
        DeliveryReport report = sender(config, digest).send(robot, inspection, cardOptions);
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
            Robot robot = RobotResolver.resolve(robotConfig, null);
            // always alone: the button tests the robot, not digest mode
            DeliveryReport report =
                    sender(config, DigestOptions.off()).send(robot, inspection, Cards.options(config, false));
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
