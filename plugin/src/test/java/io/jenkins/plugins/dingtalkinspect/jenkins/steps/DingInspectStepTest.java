package io.jenkins.plugins.dingtalkinspect.jenkins.steps;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;

import hudson.model.Result;
import io.jenkins.plugins.dingtalkinspect.jenkins.SandboxRobots;
import io.jenkins.plugins.dingtalkinspect.jenkins.actions.SentMessage;
import io.jenkins.plugins.dingtalkinspect.jenkins.actions.SentMessagesAction;
import io.jenkins.plugins.dingtalkinspect.jenkins.config.DingTalkInspectConfiguration;
import io.jenkins.plugins.dingtalkinspect.jenkins.config.RobotConfig;
import io.jenkins.plugins.dingtalkinspect.sandbox.RecordedMessage;
import io.jenkins.plugins.dingtalkinspect.sandbox.SignatureCheck;
import java.nio.file.Files;
import java.util.List;
import org.jenkinsci.plugins.workflow.cps.CpsFlowDefinition;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.jenkinsci.plugins.workflow.steps.StepConfigTester;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
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
