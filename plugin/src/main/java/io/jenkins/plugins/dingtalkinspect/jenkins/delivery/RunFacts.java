package io.jenkins.plugins.dingtalkinspect.jenkins.delivery;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.model.Cause;
import hudson.model.ParameterValue;
import hudson.model.ParametersAction;
import hudson.model.Result;
import hudson.model.Run;
import io.jenkins.plugins.dingtalkinspect.inspection.BuildFacts;
import io.jenkins.plugins.dingtalkinspect.inspection.BuildResult;
import java.util.Iterator;
import java.util.NoSuchElementException;
import jenkins.model.Jenkins;

/** Reads what a card needs from a {@link Run}; everything Jenkins-specific stays here. */
public final class RunFacts {

    private RunFacts() {}

    /** The run's result; {@link BuildResult#RUNNING} while a Pipeline still runs (no result yet). */
    public static BuildResult result(Run<?, ?> run) {
        return toResult(run.getResult());
    }

    /**
     * The result a post-build action judges: the final one for freestyle builds, and in Pipeline
     * (where a running build has none until something sets it) success so far, as
     * {@code currentBuild.currentResult} reads.
     */
    public static BuildResult currentResult(Run<?, ?> run) {
        Result result = run.getResult();
        return toResult(result == null ? Result.SUCCESS : result);
    }

    static BuildResult toResult(@CheckForNull Result result) {
        return BuildResult.parse(result == null ? null : result.toString());
    }

    /** The results of the completed builds before {@code run}, newest first, read lazily. */
    public static Iterable<BuildResult> previousResults(Run<?, ?> run) {
        return () -> new Iterator<>() {
            private Run<?, ?> next = run.getPreviousCompletedBuild();

            @Override
            public boolean hasNext() {
                return next != null;
            }

            @Override
            public BuildResult next() {
                if (next == null) {
                    throw new NoSuchElementException();
                }
                BuildResult result = toResult(next.getResult());
                next = next.getPreviousCompletedBuild();
                return result;
            }
        };
    }

    /** The run's page, or {@code null} when Jenkins' URL is not configured. */
    @CheckForNull
    public static String url(Run<?, ?> run) {
        String root = Jenkins.get().getRootUrl();
        return root == null ? null : root + run.getUrl();
    }

    /**
     * What a card shows about the run. Parameters: only the declared ones
     * ({@link ParametersAction#getParameters()}; undeclared values are not trusted), and sensitive
     * ones by name only.
     */
    public static BuildFacts facts(Run<?, ?> run, BuildResult result) {
        BuildFacts.Builder facts = BuildFacts.builder(run.getParent().getFullName(), run.getNumber())
                .jobDisplayName(run.getParent().getFullDisplayName())
                .buildDisplayName(run.getDisplayName())
                .result(result)
                .durationMillis(Math.max(0, run.getDuration()))
                .buildUrl(url(run));
        ParametersAction action = run.getAction(ParametersAction.class);
        if (action != null) {
            for (ParameterValue value : action.getParameters()) {
                if (value.isSensitive()) {
                    facts.sensitiveParameter(value.getName());
                } else {
                    Object v = value.getValue();
                    facts.parameter(value.getName(), v == null ? "" : String.valueOf(v));
                }
            }
        }
        for (Cause cause : run.getCauses()) {
            facts.cause(cause.getShortDescription());
        }
        return facts.build();
    }
}
