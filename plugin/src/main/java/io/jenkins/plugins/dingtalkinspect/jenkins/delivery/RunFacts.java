package io.jenkins.plugins.dingtalkinspect.jenkins.delivery;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.model.Cause;
import hudson.model.ParameterValue;
import hudson.model.ParametersAction;
import hudson.model.Result;
import hudson.model.Run;
import hudson.model.User;
import hudson.scm.ChangeLogSet;
import io.jenkins.plugins.dingtalkinspect.inspection.BuildFacts;
import io.jenkins.plugins.dingtalkinspect.inspection.BuildResult;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.logging.Level;
import java.util.logging.Logger;
import jenkins.model.Jenkins;
import jenkins.scm.RunWithSCM;

/** Reads what a card needs from a {@link Run}; everything Jenkins-specific stays here. */
public final class RunFacts {

    private static final Logger LOGGER = Logger.getLogger(RunFacts.class.getName());

    /**
     * The most commits read from a run: enough for the card, which shows 20 and counts the rest up
     * to this, without walking a huge change log.
     */
    static final int MAX_CHANGES = 100;

    /** Commit messages are kept to their first line, and to this many characters of it. */
    static final int MAX_MESSAGE_CHARS = 300;

    /** How far {@link #triggeredBy} follows upstream builds. */
    private static final int MAX_UPSTREAM_DEPTH = 10;

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
     * ones by name only. Also the user who started it, its commits and its test counts, each only
     * when Jenkins knows them.
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
        facts.triggeredBy(triggeredBy(run));
        facts.changes(changes(run));
        facts.tests(TestCounts.of(run));
        return facts.build();
    }

    /**
     * The user who started the run ({@link Cause.UserIdCause}), also through the upstream builds
     * that started it: the user's display name, or the user id when Jenkins has no such user.
     * {@code null} when no user started it (timer, SCM, anonymous).
     */
    @CheckForNull
    static String triggeredBy(Run<?, ?> run) {
        String userId = userId(run.getCauses(), 0);
        if (userId == null) {
            return null;
        }
        User user = User.getById(userId, false);
        return user == null ? userId : user.getDisplayName();
    }

    @CheckForNull
    private static String userId(List<Cause> causes, int depth) {
        for (Cause cause : causes) {
            if (cause instanceof Cause.UserIdCause byUser && byUser.getUserId() != null) {
                return byUser.getUserId();
            }
        }
        if (depth < MAX_UPSTREAM_DEPTH) {
            for (Cause cause : causes) {
                if (cause instanceof Cause.UpstreamCause upstream) {
                    String found = userId(upstream.getUpstreamCauses(), depth + 1);
                    if (found != null) {
                        return found;
                    }
                }
            }
        }
        return null;
    }

    /**
     * The run's commits from {@link RunWithSCM#getChangeSets()} (freestyle and Pipeline runs alike),
     * at most {@link #MAX_CHANGES}: id, the author's full name, the message's first line. A change
     * log Jenkins cannot read leaves the list as far as it got: the card is sent without the rest.
     */
    static List<BuildFacts.Change> changes(Run<?, ?> run) {
        if (!(run instanceof RunWithSCM<?, ?> withScm)) {
            return List.of();
        }
        List<BuildFacts.Change> changes = new ArrayList<>();
        try {
            for (ChangeLogSet<? extends ChangeLogSet.Entry> set : withScm.getChangeSets()) {
                for (ChangeLogSet.Entry entry : set) {
                    if (changes.size() >= MAX_CHANGES) {
                        return changes;
                    }
                    changes.add(new BuildFacts.Change(entry.getCommitId(), author(entry), firstLine(entry.getMsg())));
                }
            }
        } catch (RuntimeException e) {
            LOGGER.log(Level.FINE, "could not read the changes of " + run.getExternalizableId(), e);
        }
        return changes;
    }

    private static String author(ChangeLogSet.Entry entry) {
        User author = entry.getAuthor();
        return author == null ? "" : author.getFullName();
    }

    static String firstLine(@CheckForNull String message) {
        if (message == null) {
            return "";
        }
        String line = message.strip().lines().findFirst().orElse("");
        if (line.length() <= MAX_MESSAGE_CHARS) {
            return line;
        }
        int end = Character.isHighSurrogate(line.charAt(MAX_MESSAGE_CHARS - 1))
                ? MAX_MESSAGE_CHARS - 1
                : MAX_MESSAGE_CHARS;
        return line.substring(0, end);
    }
}
