package io.jenkins.plugins.dingtalkinspect.jenkins.steps;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.AbortException;
import hudson.Extension;
import hudson.Util;
import hudson.model.Item;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import io.jenkins.plugins.dingtalkinspect.delivery.DeliveryReport;
import io.jenkins.plugins.dingtalkinspect.inspection.Inspection;
import io.jenkins.plugins.dingtalkinspect.inspection.LevelChoice;
import io.jenkins.plugins.dingtalkinspect.jenkins.Messages;
import io.jenkins.plugins.dingtalkinspect.jenkins.config.DingTalkInspectConfiguration;
import io.jenkins.plugins.dingtalkinspect.jenkins.config.RobotChoices;
import io.jenkins.plugins.dingtalkinspect.jenkins.delivery.InspectionSender;
import io.jenkins.plugins.dingtalkinspect.jenkins.delivery.RunFacts;
import io.jenkins.plugins.dingtalkinspect.jenkins.delivery.UnexpectedFailure;
import io.jenkins.plugins.dingtalkinspect.robot.InvalidInputException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.jenkinsci.plugins.workflow.steps.Step;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepDescriptor;
import org.jenkinsci.plugins.workflow.steps.StepExecution;
import org.jenkinsci.plugins.workflow.steps.SynchronousNonBlockingStepExecution;
import org.kohsuke.stapler.AncestorInPath;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/**
 * {@code dingInspect(title: '…', content: '…', level: 'auto')}: sends an inspection card through a
 * robot the administrator configured, and returns what became of it.
 */
public class DingInspectStep extends Step implements InspectionSender.Settings {

    private final String title;
    private final String content;
    private String level = LevelChoice.AUTO.key();
    private String author;
    private String robot;
    private String url;
    private String atMobiles;
    private String atUserIds;
    private boolean atAll;
    private boolean includeParameters = true;
    private boolean failOnError;

    @DataBoundConstructor
    public DingInspectStep(String title, String content) {
        this.title = title;
        this.content = content;
    }

    public String getTitle() {
        return title;
    }

    public String getContent() {
        return content;
    }

    public String getLevel() {
        return level;
    }

    /** {@code info}, {@code error} or {@code auto} (from the build result; a running build is info). */
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

    public String getRobot() {
        return robot;
    }

    /** A robot id from the global configuration; empty for the default robot. */
    @DataBoundSetter
    public void setRobot(String robot) {
        this.robot = Util.fixEmptyAndTrim(robot);
    }

    public String getUrl() {
        return url;
    }

    /** The card's link; empty for the build's page. */
    @DataBoundSetter
    public void setUrl(String url) {
        this.url = Util.fixEmptyAndTrim(url);
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

    public boolean isFailOnError() {
        return failOnError;
    }

    @DataBoundSetter
    public void setFailOnError(boolean failOnError) {
        this.failOnError = failOnError;
    }

    @Override
    public StepExecution start(StepContext context) throws Exception {
        return new Execution(this, context);
    }

    /** Runs on a Jenkins thread pool; like every synchronous step, it fails after a controller restart. */
    static final class Execution extends SynchronousNonBlockingStepExecution<Map<String, Object>> {

        private static final long serialVersionUID = 1L;

        /**
         * The keys of the step's return value (of {@code DeliveryReport.toMap()}); {@code carriedBy}
         * is the msgUuid of the digest that carried the card, or {@code null} when it went alone.
         */
        static final List<String> RETURNED =
                List.of("delivered", "errcode", "errmsg", "outcome", "msgUuid", "carriedBy");

        private final transient DingInspectStep step;

        Execution(DingInspectStep step, StepContext context) {
            super(context);
            this.step = step;
        }

        /**
         * The value returned when sending failed unexpectedly and {@code failOnError} is off: not
         * delivered, DingTalk never answered, and an outcome that is not one of core's.
         */
        static final String PLUGIN_ERROR = "PLUGIN_ERROR";

        /**
         * Wrong arguments or configuration (core's {@code InvalidInputException} and other
         * {@link IllegalArgumentException}s) always stop the step with their message; an unexpected
         * {@link RuntimeException} is a failed delivery: it stops the step only with {@code
         * failOnError}, and never with a stack trace or an exception's own message.
         */
        @Override
        protected Map<String, Object> run() throws Exception {
            Run<?, ?> run = getContext().get(Run.class);
            TaskListener listener = getContext().get(TaskListener.class);
            DingTalkInspectConfiguration config = DingTalkInspectConfiguration.get();
            DeliveryReport report;
            try {
                Inspection.Builder card = Inspection.builder(requireText("title", step.title))
                        .content(requireText("content", step.content))
                        .detailsUrl(step.url);
                report = InspectionSender.send(
                        step, card, UnaryOperator.identity(), run, RunFacts.result(run), listener);
            } catch (IllegalArgumentException e) {
                throw new AbortException(Messages.Step_Invalid(e.getMessage()));
            } catch (RuntimeException e) {
                String message = UnexpectedFailure.handle(e, run);
                if (step.failOnError) {
                    throw new AbortException(Messages.Step_Invalid(message));
                }
                listener.getLogger().println(Messages.Log_Failure(message));
                return notDelivered(message);
            }
            if (!report.delivered() && step.failOnError) {
                throw new AbortException(report.summary(config.cardLocale()));
            }
            Map<String, Object> all = report.toMap();
            Map<String, Object> result = new LinkedHashMap<>();
            for (String key : RETURNED) {
                result.put(key, all.get(key));
            }
            return result;
        }

        static Map<String, Object> notDelivered(String message) {
            Map<String, Object> result = new LinkedHashMap<>();
            for (String key : RETURNED) {
                result.put(key, null);
            }
            result.put("delivered", false);
            result.put("errmsg", message);
            result.put("outcome", PLUGIN_ERROR);
            return result;
        }

        /** Core's check, with the plugin's localized message for the build log. */
        private static String requireText(String field, String value) {
            try {
                return InvalidInputException.requireText(field, value);
            } catch (InvalidInputException e) {
                throw new IllegalArgumentException(Messages.Step_Required(field), e);
            }
        }
    }

    @Extension
    public static class DescriptorImpl extends StepDescriptor {

        @Override
        public Set<? extends Class<?>> getRequiredContext() {
            return Set.of(Run.class, TaskListener.class);
        }

        @Override
        public String getFunctionName() {
            return "dingInspect";
        }

        @NonNull
        @Override
        public String getDisplayName() {
            return Messages.DingInspectStep_DisplayName();
        }

        @POST
        public ListBoxModel doFillRobotItems(@AncestorInPath Item item) {
            return RobotChoices.fill(item);
        }

        @POST
        public ListBoxModel doFillLevelItems(@AncestorInPath Item item) {
            return RobotChoices.levels(item);
        }

        @POST
        public FormValidation doCheckTitle(@AncestorInPath Item item, @QueryParameter String value) {
            return RobotChoices.required(item, value);
        }

        @POST
        public FormValidation doCheckContent(@AncestorInPath Item item, @QueryParameter String value) {
            return RobotChoices.required(item, value);
        }
    }
}
