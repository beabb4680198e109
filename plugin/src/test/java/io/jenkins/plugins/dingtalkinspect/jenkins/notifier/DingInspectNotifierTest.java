package io.jenkins.plugins.dingtalkinspect.jenkins.notifier;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import com.cloudbees.plugins.credentials.CredentialsDescriptor;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.model.FreeStyleBuild;
import hudson.model.FreeStyleProject;
import hudson.model.ParametersAction;
import hudson.model.ParametersDefinitionProperty;
import hudson.model.Result;
import hudson.model.StringParameterDefinition;
import hudson.model.StringParameterValue;
import io.jenkins.plugins.dingtalkinspect.jenkins.SandboxRobots;
import io.jenkins.plugins.dingtalkinspect.sandbox.RecordedMessage;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.MockBuilder;
import org.jvnet.hudson.test.TestExtension;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

@WithJenkins
class DingInspectNotifierTest extends SandboxRobots.ConfiguredJenkins {

    /** A job whose next build ends with {@code result}; only the given condition is chosen. */
    private FreeStyleProject job(DingInspectNotifier notifier) throws Exception {
        FreeStyleProject p = r.createFreeStyleProject();
        p.getPublishersList().add(notifier);
        return p;
    }

    private static DingInspectNotifier only() {
        DingInspectNotifier n = new DingInspectNotifier();
        n.setOnFailure(false);
        n.setOnRepeatedFailure(false);
        n.setOnUnstable(false);
        n.setOnBackToNormal(false);
        return n;
    }

    private FreeStyleBuild build(FreeStyleProject p, Result result) throws Exception {
        p.getBuildersList().clear();
        p.getBuildersList().add(new MockBuilder(result));
        FreeStyleBuild b = r.buildAndAssertStatus(result, p);
        robots.assertNoSecretIn("build log", JenkinsRule.getLog(b));
        return b;
    }

    private int sent() {
        return robots.messages().size();
    }

    /** The markdown text of a received card. */
    private static String markdown(RecordedMessage m) {
        return m.body().path("markdown").path("text").asText();
    }

    @Test
    void successOnlyWhenChosen() throws Exception {
        DingInspectNotifier n = only();
        n.setOnSuccess(true);
        n.setTitle("$JOB_NAME done");
        FreeStyleProject p = job(n);
        build(p, Result.SUCCESS);
        assertThat(sent(), is(1));
        assertThat(robots.messages().get(0).title().orElseThrow(), endsWith("✅ " + p.getName() + " done"));
        build(p, Result.FAILURE);
        assertThat(sent(), is(1));
    }

    @Test
    void unstableAbortedAndNotBuilt() throws Exception {
        DingInspectNotifier n = only();
        n.setOnUnstable(true);
        n.setOnAborted(true);
        n.setOnNotBuilt(true);
        FreeStyleProject p = job(n);
        build(p, Result.UNSTABLE);
        build(p, Result.ABORTED);
        build(p, Result.NOT_BUILT);
        build(p, Result.SUCCESS);
        assertThat(sent(), is(3));
        assertThat(robots.messages().get(0).title().orElseThrow(), containsString("❌"));
    }

    @Test
    void firstRepeatedAndEveryFailureAcrossBuilds() throws Exception {
        DingInspectNotifier first = only();
        first.setOnFailure(true);
        FreeStyleProject p = job(first);
        build(p, Result.FAILURE);
        build(p, Result.FAILURE);
        assertThat("first failure only", sent(), is(1));

        DingInspectNotifier repeated = only();
        repeated.setOnRepeatedFailure(true);
        p.getPublishersList().replace(repeated);
        build(p, Result.FAILURE);
        assertThat("a repeated failure", sent(), is(2));

        DingInspectNotifier every = only();
        every.setOnEveryFailure(true);
        p.getPublishersList().replace(every);
        build(p, Result.SUCCESS);
        build(p, Result.FAILURE);
        build(p, Result.FAILURE);
        assertThat("every failure", sent(), is(4));
    }

    @Test
    void backToNormalAfterFailureLookingPastAborted() throws Exception {
        DingInspectNotifier n = only();
        n.setOnBackToNormal(true);
        FreeStyleProject p = job(n);
        build(p, Result.SUCCESS);
        build(p, Result.FAILURE);
        build(p, Result.ABORTED);
        assertThat(sent(), is(0));
        build(p, Result.SUCCESS);
        assertThat(sent(), is(1));
        build(p, Result.SUCCESS);
        assertThat(sent(), is(1));
    }

    @Test
    void configRoundTrip() throws Exception {
        DingInspectNotifier n = new DingInspectNotifier();
        n.setRobot("ops");
        n.setTitle("t");
        n.setContent("c");
        n.setLevel("error");
        n.setAuthor("SRE");
        n.setAtMobiles("13800000000");
        n.setAtUserIds("user01");
        n.setAtAll(true);
        n.setIncludeParameters(false);
        n.setOnSuccess(true);
        n.setOnEveryFailure(true);
        n.setOnUnstable(false);
        FreeStyleProject p = job(n);
        r.configRoundtrip(p);
        r.assertEqualDataBoundBeans(n, p.getPublishersList().get(DingInspectNotifier.class));
        robots.assertNoSecretIn(
                "config.xml", Files.readString(p.getConfigFile().getFile().toPath()));
        assertThat(robots.messages(), hasSize(0));
    }

    @Test
    void expandedBuildValuesAreEscapedWhileTheTemplateStaysMarkdown() throws Exception {
        DingInspectNotifier n = only();
        n.setOnSuccess(true);
        n.setContent("**Note:** $NOTE");
        FreeStyleProject p = job(n);
        p.addProperty(new ParametersDefinitionProperty(new StringParameterDefinition("NOTE", "")));
        String note = "see [docs](https://evil.example/) ![pic](https://evil.example/p.png) @13800000000 **loud**";
        FreeStyleBuild b = r.assertBuildStatusSuccess(
                p.scheduleBuild2(0, new ParametersAction(new StringParameterValue("NOTE", note))));
        robots.assertNoSecretIn("build log", JenkinsRule.getLog(b));
        String text = markdown(robots.messages().get(0));
        assertThat(text, containsString("**Note:** see "));
        assertThat(text, containsString("loud"));
        assertThat(text, not(containsString("[docs](")));
        assertThat(text, not(containsString("![pic]")));
        assertThat(text, not(containsString("@13800000000")));
        assertThat(text, not(containsString("**loud**")));
    }

    @Test
    void theDefaultContentEscapesTheBuildName() throws Exception {
        DingInspectNotifier n = only();
        n.setOnSuccess(true);
        FreeStyleProject p = job(n);
        p.setDisplayName("**Ops** [docs](https://evil.example/)");
        build(p, Result.SUCCESS);
        String text = markdown(robots.messages().get(0));
        assertThat(text, containsString("Ops"));
        assertThat(text, not(containsString("**Ops**")));
        assertThat(text, not(containsString("[docs](")));
    }

    @Test
    void anUnexpectedFailureIsOneLineAndNeverFailsTheBuild() throws Exception {
        robots.useFailingToken();
        DingInspectNotifier n = only();
        n.setOnSuccess(true);
        FreeStyleBuild b = build(job(n), Result.SUCCESS);
        r.assertLogContains("[DingTalk Inspect] sending failed unexpectedly (IllegalStateException)", b);
        r.assertLogNotContains(SandboxRobots.FailingSecret.MESSAGE, b);
        r.assertLogNotContains("\tat ", b);
        assertThat(sent(), is(0));
    }

    @TestExtension
    public static class FailingSecretDescriptor extends CredentialsDescriptor {

        public FailingSecretDescriptor() {
            super(SandboxRobots.FailingSecret.class);
        }

        @NonNull
        @Override
        public String getDisplayName() {
            return "Failing secret (test)";
        }
    }
}
