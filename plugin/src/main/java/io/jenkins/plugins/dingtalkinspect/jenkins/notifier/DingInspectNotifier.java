package io.jenkins.plugins.dingtalkinspect.jenkins.notifier;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.EnvVars;
import hudson.Extension;
import hudson.Util;
import hudson.model.AbstractProject;
import hudson.model.Item;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.tasks.BuildStepDescriptor;
import hudson.tasks.BuildStepMonitor;
import hudson.tasks.Notifier;
import hudson.tasks.Publisher;
import hudson.util.ListBoxModel;
import io.jenkins.plugins.dingtalkinspect.inspection.BuildResult;
import io.jenkins.plugins.dingtalkinspect.inspection.Inspection;
import io.jenkins.plugins.dingtalkinspect.inspection.LevelChoice;
import io.jenkins.plugins.dingtalkinspect.inspection.MarkdownEscaper;
import io.jenkins.plugins.dingtalkinspect.jenkins.Messages;
import io.jenkins.plugins.dingtalkinspect.jenkins.config.RobotChoices;
import io.jenkins.plugins.dingtalkinspect.jenkins.delivery.Cards;
import io.jenkins.plugins.dingtalkinspect.jenkins.delivery.InspectionSender;
import io.jenkins.plugins.dingtalkinspect.jenkins.delivery.RunFacts;
import io.jenkins.plugins.dingtalkinspect.jenkins.delivery.UnexpectedFailure;
import io.jenkins.plugins.dingtalkinspect.notify.NotifyDecision;
import io.jenkins.plugins.dingtalkinspect.notify.NotifyOn;
import java.util.Set;
import java.util.stream.Collectors;
import jenkins.tasks.SimpleBuildStep;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.AncestorInPath;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.verb.POST;

/**
 * Post-build action: sends a card when the finished build meets one of the chosen conditions
 * (decided by core's {@link NotifyDecision}). Never fails the build; problems go to the log.
 */
public class DingInspectNotifier extends Notifier implements SimpleBuildStep, InspectionSender.Settings {

    private String robot;
    private String title;
    private String content;
    private String level = LevelChoice.AUTO.key();
    private String author;
    private String atMobiles;
    private String atUserIds;
    private boolean atAll;
    private boolean includeParameters = true;
    private final NotifyConditions conditions = new NotifyConditions();

    @DataBoundConstructor
    public DingInspectNotifier() {}

    public String getRobot() {
        return robot;
    }

    @DataBoundSetter
    public void setRobot(String robot) {
        this.robot = Util.fixEmptyAndTrim(robot);
    }

    public String getTitle() {
        return title;
    }

    /** With {@code $VAR} expansion; empty for "job name #number". */
    @DataBoundSetter
    public void setTitle(String title) {
        this.title = Util.fixEmptyAndTrim(title);
    }

    public String getContent() {
        return content;
    }

    /**
     * Markdown with {@code $VAR} expansion, each variable's value escaped so that it shows as text
     * (see {@link Cards#expandEscaped}); empty for a build summary.
     */
    @DataBoundSetter
    public void setContent(String content) {
        this.content = Util.fixEmptyAndTrim(content);
    }

    public String getLevel() {
        return level;
    }

    @DataBoundSetter
    public void setLevel(String level) {
        this.level = LevelChoice.normalize(level);
    }

    public String getAuthor() {
        return author;
    }

    @DataBoundSetter
    public void setAuthor(String author) {
        this.author = Util.fixEmptyAndTrim(author);
    }

    public String getAtMobiles() {
        return atMobiles;
    }

    @DataBoundSetter
    public void setAtMobiles(String atMobiles) {
        this.atMobiles = Util.fixEmptyAndTrim(atMobiles);
    }

    public String getAtUserIds() {
        return atUserIds;
    }

    @DataBoundSetter
    public void setAtUserIds(String atUserIds) {
        this.atUserIds = Util.fixEmptyAndTrim(atUserIds);
    }

    public boolean isAtAll() {
        return atAll;
    }

    @DataBoundSetter
    public void setAtAll(boolean atAll) {
        this.atAll = atAll;
    }

    public boolean isIncludeParameters() {
        return includeParameters;
    }

    @DataBoundSetter
    public void setIncludeParameters(boolean includeParameters) {
        this.includeParameters = includeParameters;
    }

    // The notify-on choices: one boolean each, so forms, Pipeline and Configuration as Code bind them alike.

    public boolean isOnSuccess() {
        return conditions.has(NotifyOn.SUCCESS);
    }

    @DataBoundSetter
    public void setOnSuccess(boolean on) {
        conditions.set(NotifyOn.SUCCESS, on);
    }

    public boolean isOnFailure() {
        return conditions.has(NotifyOn.FAILURE);
    }

    @DataBoundSetter
    public void setOnFailure(boolean on) {
        conditions.set(NotifyOn.FAILURE, on);
    }

    public boolean isOnUnstable() {
        return conditions.has(NotifyOn.UNSTABLE);
    }

    @DataBoundSetter
    public void setOnUnstable(boolean on) {
        conditions.set(NotifyOn.UNSTABLE, on);
    }

    public boolean isOnAborted() {
        return conditions.has(NotifyOn.ABORTED);
    }

    @DataBoundSetter
    public void setOnAborted(boolean on) {
        conditions.set(NotifyOn.ABORTED, on);
    }

    public boolean isOnNotBuilt() {
        return conditions.has(NotifyOn.NOT_BUILT);
    }

    @DataBoundSetter
    public void setOnNotBuilt(boolean on) {
        conditions.set(NotifyOn.NOT_BUILT, on);
    }

    public boolean isOnBackToNormal() {
        return conditions.has(NotifyOn.BACK_TO_NORMAL);
    }

    @DataBoundSetter
    public void setOnBackToNormal(boolean on) {
        conditions.set(NotifyOn.BACK_TO_NORMAL, on);
    }

    public boolean isOnRepeatedFailure() {
        return conditions.has(NotifyOn.REPEATED_FAILURE);
    }

    @DataBoundSetter
    public void setOnRepeatedFailure(boolean on) {
        conditions.set(NotifyOn.REPEATED_FAILURE, on);
    }

    public boolean isOnEveryFailure() {
        return conditions.has(NotifyOn.EVERY_FAILURE);
    }

    @DataBoundSetter
    public void setOnEveryFailure(boolean on) {
        conditions.set(NotifyOn.EVERY_FAILURE, on);
    }

    @Override
    public BuildStepMonitor getRequiredMonitorService() {
        return BuildStepMonitor.NONE;
    }

    @Override
    public boolean needsToRunAfterFinalized() {
        return true;
    }

    @Override
    public boolean requiresWorkspace() {
        return false;
    }

    /**
     * Never fails the build: wrong settings and unexpected failures are one line in the build log.
     * Only stopping the build (an interruption) ends it early.
     */
    @Override
    public void perform(@NonNull Run<?, ?> run, @NonNull EnvVars env, @NonNull TaskListener listener)
            throws InterruptedException {
        BuildResult result = RunFacts.currentResult(run);
        Set<NotifyOn> reasons = NotifyDecision.of(conditions.chosen()).reasons(result, RunFacts.previousResults(run));
        if (reasons.isEmpty()) {
            return;
        }
        String reasonList = reasons.stream().map(NotifyOn::symbol).collect(Collectors.joining(", "));
        try {
            // the title is plain text for core, which escapes it; the content is markdown
            String cardTitle =
                    title != null ? env.expand(title) : Messages.Notifier_DefaultTitle(run.getFullDisplayName());
            String cardContent = content != null
                    ? Cards.expandEscaped(content, env)
                    : Messages.Notifier_DefaultContent(
                            MarkdownEscaper.inline(run.getFullDisplayName()),
                            result.name(),
                            MarkdownEscaper.inline(run.getDurationString()),
                            reasonList);
            Inspection.Builder card = Inspection.builder(cardTitle).content(cardContent);
            InspectionSender.send(this, card, env::expand, run, result, listener);
        } catch (IllegalArgumentException e) {
            listener.error(Messages.Notifier_NotSent(e.getMessage()));
        } catch (RuntimeException e) {
            listener.error(Messages.Log_Failure(UnexpectedFailure.handle(e, run)));
        }
    }

    @Extension
    @Symbol("dingInspectNotifier")
    public static class DescriptorImpl extends BuildStepDescriptor<Publisher> {

        @Override
        public boolean isApplicable(Class<? extends AbstractProject> jobType) {
            return true;
        }

        @NonNull
        @Override
        public String getDisplayName() {
            return Messages.DingInspectNotifier_DisplayName();
        }

        @POST
        public ListBoxModel doFillRobotItems(@AncestorInPath Item item) {
            return RobotChoices.fill(item);
        }

        @POST
        public ListBoxModel doFillLevelItems(@AncestorInPath Item item) {
            return RobotChoices.levels(item);
        }
    }
}
