package io.jenkins.plugins.dingtalkinspect.jenkins.delivery;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.model.Run;
import hudson.model.TaskListener;
import io.jenkins.plugins.dingtalkinspect.delivery.DeliveryReport;
import io.jenkins.plugins.dingtalkinspect.inspection.BuildResult;
import io.jenkins.plugins.dingtalkinspect.inspection.Inspection;
import io.jenkins.plugins.dingtalkinspect.inspection.LevelChoice;
import io.jenkins.plugins.dingtalkinspect.jenkins.config.RobotConfig;
import io.jenkins.plugins.dingtalkinspect.robot.message.At;
import java.util.function.UnaryOperator;

/**
 * The path the step and the notifier share: their card settings and a run become an
 * {@link Inspection}, delivered through the chosen robot by {@link Dispatcher}.
 */
public final class InspectionSender {

    /** The card settings the step and the notifier have in common; each binds them as its own fields. */
    public interface Settings {

        /** A robot id from the global configuration; {@code null} for the default robot. */
        @CheckForNull
        String getRobot();

        /** {@code info}, {@code error} or {@code auto}; empty means {@code auto}. */
        String getLevel();

        @CheckForNull
        String getAuthor();

        @CheckForNull
        String getAtMobiles();

        @CheckForNull
        String getAtUserIds();

        boolean isAtAll();

        boolean isIncludeParameters();
    }

    private InspectionSender() {}

    /**
     * Resolves the robot, completes {@code card} with the settings and the run's facts, and delivers it.
     *
     * @param card the title, content and any link, as the caller chose them
     * @param expand applied to the author and the mentions (the notifier's {@code $VAR} expansion)
     * @param result the result the card reports (and {@code auto} resolves from)
     * @throws IllegalArgumentException (including core's {@code InvalidInputException}) with a
     *     user-facing message when the robot or the card cannot be used
     */
    public static DeliveryReport send(
            Settings settings,
            Inspection.Builder card,
            UnaryOperator<String> expand,
            Run<?, ?> run,
            BuildResult result,
            TaskListener listener) {
        RobotConfig robot = Dispatcher.robot(settings.getRobot());
        Inspection inspection = card.level(LevelChoice.parseOrAuto(settings.getLevel()))
                .author(expand.apply(settings.getAuthor()))
                .buildFacts(RunFacts.facts(run, result))
                .mentions(At.parse(
                        expand.apply(settings.getAtMobiles()),
                        expand.apply(settings.getAtUserIds()),
                        settings.isAtAll()))
                .build();
        return Dispatcher.send(robot, inspection, settings.isIncludeParameters(), run, listener);
    }
}
