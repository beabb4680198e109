package io.jenkins.plugins.dingtalkinspect.jenkins.steps;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;

import com.cloudbees.plugins.credentials.CredentialsDescriptor;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.model.Result;
import io.jenkins.plugins.dingtalkinspect.jenkins.SandboxRobots;
import io.jenkins.plugins.dingtalkinspect.jenkins.actions.SentMessage;
import io.jenkins.plugins.dingtalkinspect.jenkins.actions.SentMessagesAction;
import io.jenkins.plugins.dingtalkinspect.jenkins.config.DingTalkInspectConfiguration;
import io.jenkins.plugins.dingtalkinspect.jenkins.config.RobotConfig;
import io.jenkins.plugins.dingtalkinspect.sandbox.Fault;
import io.jenkins.plugins.dingtalkinspect.sandbox.RecordedMessage;
import io.jenkins.plugins.dingtalkinspect.sandbox.SignatureCheck;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import org.jenkinsci.plugins.workflow.cps.CpsFlowDefinition;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.jenkinsci.plugins.workflow.steps.StepConfigTester;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.TestExtension;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

@WithJenkins
class DingInspectStepTest extends SandboxRobots.ConfiguredJenkins {

    private WorkflowRun run(String script, Result expected) throws Exception {
        WorkflowJob p = r.createProject(WorkflowJob.class);
        p.setDefinition(new CpsFlowDefinition(script, true));
        WorkflowRun b = r.buildAndAssertStatus(expected, p);
        robots.assertNoSecretIn("build log", JenkinsRule.getLog(b));
        robots.assertNoSecretIn(
                "build.xml", Files.readString(b.getRootDir().toPath().resolve("build.xml")));
        return b;
    }

    @Test
    void deliversASignedCardAndReturnsTheReport() throws Exception {
        WorkflowRun b = run(
                "def r = dingInspect(title: 'Nightly inspection', content: 'All **green**')\n"
                        + "echo \"delivered=${r.delivered} outcome=${r.outcome} errcode=${r.errcode}"
                        + " uuid=${r.msgUuid != null}\"",
                Result.SUCCESS);
        r.assertLogContains("delivered=true outcome=DELIVERED errcode=0 uuid=true", b);
        r.assertLogContains("[DingTalk Inspect] robot \"ops\": DingTalk message delivered", b);
        List<RecordedMessage> sent = robots.messages();
        assertThat(sent, hasSize(1));
        RecordedMessage m = sent.get(0);
        assertThat(m.signature(), is(SignatureCheck.VALID));
        assertThat(m.delivered(), is(true));
        assertThat(m.title().orElseThrow(), endsWith("✅ Nightly inspection"));
        SentMessage listed = b.getAction(SentMessagesAction.class).getMessages().get(0);
        assertThat(listed.getRobotId(), is("ops"));
        assertThat(listed.isDelivered(), is(true));
    }

    @Test
    void aBurstToADigestRobotIsMergedAndEveryCardSaysWhichDigestCarriedIt() throws Exception {
        DingTalkInspectConfiguration config = DingTalkInspectConfiguration.get();
        RobotConfig ops = config.getRobots().get(0);
        ops.setDigest(true);
        ops.setDigestThreshold(1);
        config.setRobots(List.of(ops));
        // DingTalk holds the first card for a while, so the robot has a card on its way when the burst comes
        robots.sandbox.faults().failNext(Fault.delay(Duration.ofSeconds(5)));
        WorkflowRun b = run(
                "def burst = [:]\n"
                        + "for (int i = 0; i < 4; i++) {\n"
                        + "  def n = i\n"
                        + "  burst['burst-' + n] = {\n"
                        + "    def r = dingInspect(title: \"burst-${n}\", content: 'c')\n"
                        + "    echo \"burst-${n} delivered=${r.delivered} inDigest=${r.carriedBy != null}\"\n"
                        + "  }\n"
                        + "}\n"
                        + "parallel first: { dingInspect(title: 'first', content: 'c') },\n"
                        + "  burst: { sleep 2; parallel burst }",
                Result.SUCCESS);
        for (int i = 0; i < 4; i++) {
            r.assertLogContains("burst-" + i + " delivered=true inDigest=true", b);
        }
        r.assertLogContains("carried by digest", b);

        List<SentMessage> listed = b.getAction(SentMessagesAction.class).getMessages();
        assertThat(listed, hasSize(5));
        List<SentMessage> carried =
                listed.stream().filter(SentMessage::isInDigest).toList();
        assertThat(carried, hasSize(4));
        List<RecordedMessage> received = robots.messages();
        for (SentMessage m : carried) {
            assertThat(m.isDelivered(), is(true));
            RecordedMessage digest = received.stream()
                    .filter(d -> m.getCarriedBy().equals(d.msgUuid()))
                    .findFirst()
                    .orElseThrow();
            assertThat(digest.title().orElseThrow(), containsString("Digest of"));
            assertThat(digest.rawBody(), containsString(m.getTitle()));
        }
        assertThat(
                listed.stream()
                        .filter(m -> !m.isInDigest())
                        .map(SentMessage::getTitle)
                        .toList(),
                contains("first"));
    }

    @Test
    void autoLevelAfterAFailureIsError() throws Exception {
        run(
                "catchError(buildResult: 'FAILURE', stageResult: 'FAILURE') { error 'broken' }\n"
                        + "dingInspect(title: 'After failure', content: 'c', level: 'auto')",
                Result.FAILURE);
        assertThat(robots.messages().get(0).title().orElseThrow(), containsString("❌"));
    }

    @Test
    void blankTitleAborts() throws Exception {
        WorkflowRun b = run("dingInspect(title: ' ', content: 'c')", Result.FAILURE);
        r.assertLogContains("dingInspect: title is required and must not be blank", b);
        assertThat(robots.messages(), hasSize(0));
    }

    @Test
    void unknownRobotAbortsWithTheKnownIds() throws Exception {
        WorkflowRun b = run("dingInspect(title: 't', content: 'c', robot: 'nope')", Result.FAILURE);
        r.assertLogContains("unknown robot \"nope\"; configured robots: ops", b);
    }

    @Test
    void badLevelAborts() throws Exception {
        WorkflowRun b = run("dingInspect(title: 't', content: 'c', level: 'warn')", Result.FAILURE);
        r.assertLogContains("level: must be one of info, error, auto", b);
    }

    @Test
    void noRobotConfiguredAborts() throws Exception {
        DingTalkInspectConfiguration.get().setRobots(List.of());
        WorkflowRun b = run("dingInspect(title: 't', content: 'c')", Result.FAILURE);
        r.assertLogContains("no DingTalk robot is configured", b);
    }

    private void useUnknownToken() throws Exception {
        SandboxRobots.addSecretText("unknown-token", "tokenthesandboxdoesnotknow");
        RobotConfig broken = robots.robot("ops", "unknown-token", null);
        DingTalkInspectConfiguration.get().setRobots(List.of(broken));
    }

    @Test
    void failedDeliveryDoesNotFailTheStepByDefault() throws Exception {
        useUnknownToken();
        WorkflowRun b = run(
                "def r = dingInspect(title: 't', content: 'c')\necho \"delivered=${r.delivered} outcome=${r.outcome}\"",
                Result.SUCCESS);
        r.assertLogContains("delivered=false outcome=TOKEN_INVALID", b);
        r.assertLogContains("DingTalk message NOT delivered", b);
    }

    @Test
    void failedDeliveryFailsTheStepWithFailOnError() throws Exception {
        useUnknownToken();
        WorkflowRun b = run("dingInspect(title: 't', content: 'c', failOnError: true)", Result.FAILURE);
        r.assertLogContains("TOKEN_INVALID", b);
    }

    @Test
    void anUnexpectedFailureIsOneLineAndANotDeliveredReportByDefault() throws Exception {
        robots.useFailingToken();
        WorkflowRun b = run(
                "def r = dingInspect(title: 't', content: 'c')\n"
                        + "echo \"delivered=${r.delivered} outcome=${r.outcome} errcode=${r.errcode}\"",
                Result.SUCCESS);
        r.assertLogContains("delivered=false outcome=PLUGIN_ERROR errcode=null", b);
        r.assertLogContains("[DingTalk Inspect] sending failed unexpectedly (IllegalStateException)", b);
        r.assertLogNotContains(SandboxRobots.FailingSecret.MESSAGE, b);
        r.assertLogNotContains("\tat ", b);
        assertThat(robots.messages(), hasSize(0));
    }

    @Test
    void anUnexpectedFailureAbortsWithFailOnErrorWithoutAStackTrace() throws Exception {
        robots.useFailingToken();
        WorkflowRun b = run("dingInspect(title: 't', content: 'c', failOnError: true)", Result.FAILURE);
        r.assertLogContains("dingInspect: sending failed unexpectedly (IllegalStateException)", b);
        r.assertLogNotContains(SandboxRobots.FailingSecret.MESSAGE, b);
        r.assertLogNotContains("java.lang.IllegalStateException", b);
        r.assertLogNotContains("\tat ", b);
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

    @Test
    void snippetFormRoundTrip() throws Exception {
        DingInspectStep step = new DingInspectStep("Title", "Body");
        step.setLevel("error");
        step.setRobot("ops");
        step.setAuthor("SRE");
        step.setUrl("https://example.com/report");
        step.setAtMobiles("13800000000");
        step.setAtUserIds("user01");
        step.setAtAll(true);
        step.setIncludeParameters(false);
        step.setFailOnError(true);
        DingInspectStep after = new StepConfigTester(r).configRoundTrip(step);
        r.assertEqualDataBoundBeans(step, after);
        assertThat(List.of(after.getTitle()), contains("Title"));
    }
}
