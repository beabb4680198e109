package io.jenkins.plugins.dingtalkinspect.jenkins.delivery;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.model.Action;
import hudson.model.Run;
import io.jenkins.plugins.dingtalkinspect.inspection.BuildFacts;
import java.lang.reflect.Method;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A run's test counts, from the action the JUnit plugin (and plugins built on it) records:
 * {@code hudson.tasks.test.AbstractTestResultAction}. That class left Jenkins core for the junit
 * plugin long ago; rather than depend on that plugin, this reads the action's public, exported
 * getters ({@code getTotalCount}, {@code getFailCount}, {@code getSkipCount}) when a run has one.
 * Without the plugin, or without test results, the card has no test summary.
 */
final class TestCounts {

    private static final Logger LOGGER = Logger.getLogger(TestCounts.class.getName());

    /** The test result action's base class in the junit plugin. */
    static final String ACTION_CLASS = "hudson.tasks.test.AbstractTestResultAction";

    private TestCounts() {}

    @CheckForNull
    static BuildFacts.TestSummary of(Run<?, ?> run) {
        for (Action action : run.getAllActions()) {
            if (isTestResultAction(action.getClass())) {
                return read(action);
            }
        }
        return null;
    }

    static boolean isTestResultAction(Class<?> type) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            if (c.getName().equals(ACTION_CLASS)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The counts of an object with public {@code getTotalCount()}, {@code getFailCount()} and
     * {@code getSkipCount()}; {@code null} when it has not, or they are inconsistent.
     */
    @CheckForNull
    static BuildFacts.TestSummary read(Object action) {
        try {
            int total = count(action, "getTotalCount");
            int failed = count(action, "getFailCount");
            int skipped = count(action, "getSkipCount");
            if (total < 0 || failed < 0 || skipped < 0) {
                return null;
            }
            return new BuildFacts.TestSummary(Math.max(0, total - failed - skipped), failed, skipped);
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOGGER.log(
                    Level.FINE,
                    "could not read the test counts of " + action.getClass().getName(),
                    e);
            return null;
        }
    }

    private static int count(Object action, String getter) throws ReflectiveOperationException {
        Method method = action.getClass().getMethod(getter);
        return ((Number) method.invoke(action)).intValue();
    }
}
