package io.jenkins.plugins.dingtalkinspect.jenkins.delivery;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import io.jenkins.plugins.dingtalkinspect.inspection.BuildFacts;
import org.junit.jupiter.api.Test;

/** The counts are read through the junit plugin's public getters, which these fakes imitate. */
class TestCountsTest {

    public static class Counts {
        public int getTotalCount() {
            return 10;
        }

        public int getFailCount() {
            return 2;
        }

        public int getSkipCount() {
            return 1;
        }
    }

    public static class NoCounts {
        public int getTotalCount() {
            return 1;
        }
    }

    @Test
    void readsPassedFailedAndSkipped() {
        assertThat(TestCounts.read(new Counts()), is(new BuildFacts.TestSummary(7, 2, 1)));
        assertThat(TestCounts.read(new NoCounts()), is(nullValue()));
    }

    @Test
    void recognisesTheActionByItsBaseClassName() {
        assertThat(TestCounts.isTestResultAction(Counts.class), is(false));
        assertThat(TestCounts.ACTION_CLASS, is("hudson.tasks.test.AbstractTestResultAction"));
    }
}
