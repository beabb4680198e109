package io.jenkins.plugins.dingtalkinspect.jenkins.delivery;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import hudson.model.Cause;
import hudson.model.FreeStyleBuild;
import hudson.model.FreeStyleProject;
import hudson.model.Run;
import hudson.model.User;
import io.jenkins.plugins.dingtalkinspect.inspection.BuildFacts;
import io.jenkins.plugins.dingtalkinspect.inspection.BuildResult;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.FakeChangeLogSCM;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

@WithJenkins
class RunFactsTest {

    private JenkinsRule r;

    @BeforeEach
    void start(JenkinsRule rule) {
        r = rule;
    }

    @Test
    void theUserWhoStartedTheBuildAlsoThroughAnUpstreamBuild() throws Exception {
        User.getById("alice", true).setFullName("Alice Admin");
        FreeStyleProject p = r.createFreeStyleProject();
        FreeStyleBuild byAlice = r.assertBuildStatusSuccess(p.scheduleBuild2(0, new Cause.UserIdCause("alice")));
        assertThat(RunFacts.facts(byAlice, BuildResult.SUCCESS).triggeredBy(), is("Alice Admin"));

        FreeStyleBuild byUnknown = r.assertBuildStatusSuccess(p.scheduleBuild2(0, new Cause.UserIdCause("ghost")));
        assertThat(RunFacts.triggeredBy(byUnknown), is("ghost"));

        FreeStyleProject downstream = r.createFreeStyleProject();
        FreeStyleBuild chained =
                r.assertBuildStatusSuccess(downstream.scheduleBuild2(0, new Cause.UpstreamCause((Run<?, ?>) byAlice)));
        assertThat(RunFacts.triggeredBy(chained), is("Alice Admin"));

        FreeStyleBuild byNobody = r.buildAndAssertSuccess(p);
        assertThat(RunFacts.triggeredBy(byNobody), is(nullValue()));
    }

    @Test
    void theChangesOfTheBuildFirstLinesOnlyAndCapped() throws Exception {
        FreeStyleProject p = r.createFreeStyleProject();
        FakeChangeLogSCM scm = new FakeChangeLogSCM();
        scm.addChange().withAuthor("bob").withMsg("Fix the backup job\n\nThe long explanation.");
        p.setScm(scm);
        BuildFacts facts = RunFacts.facts(r.buildAndAssertSuccess(p), BuildResult.SUCCESS);
        assertThat(facts.changes(), contains(new BuildFacts.Change("", "bob", "Fix the backup job")));

        FakeChangeLogSCM many = new FakeChangeLogSCM();
        for (int i = 0; i < RunFacts.MAX_CHANGES + 5; i++) {
            many.addChange().withAuthor("bob").withMsg("change " + i);
        }
        p.setScm(many);
        assertThat(RunFacts.changes(r.buildAndAssertSuccess(p)), hasSize(RunFacts.MAX_CHANGES));
    }

    @Test
    void noChangesNoUserNoTests() throws Exception {
        FreeStyleBuild b = r.buildAndAssertSuccess(r.createFreeStyleProject());
        BuildFacts facts = RunFacts.facts(b, BuildResult.SUCCESS);
        assertThat(facts.changes(), is(empty()));
        assertThat(facts.tests(), is(nullValue()));
        assertThat(facts.triggeredBy(), is(nullValue()));
    }

    @Test
    void commitMessagesAreCutToTheirFirstLine() {
        assertThat(RunFacts.firstLine(null), is(""));
        assertThat(RunFacts.firstLine("\n  subject\nbody"), is("subject"));
        assertThat(RunFacts.firstLine("x".repeat(1000)).length(), is(RunFacts.MAX_MESSAGE_CHARS));
    }
}
