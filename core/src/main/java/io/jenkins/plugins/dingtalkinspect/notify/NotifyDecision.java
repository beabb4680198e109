package io.jenkins.plugins.dingtalkinspect.notify;

import io.jenkins.plugins.dingtalkinspect.inspection.BuildResult;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Decides whether a finished build gets a message, given the conditions a user chose, the build's
 * status and the statuses of the builds before it.
 */
public final class NotifyDecision {

    private final EnumSet<NotifyOn> chosen = EnumSet.noneOf(NotifyOn.class);

    private NotifyDecision(Set<NotifyOn> chosen) {
        this.chosen.addAll(chosen);
    }

    public static NotifyDecision of(Set<NotifyOn> chosen) {
        return new NotifyDecision(Objects.requireNonNull(chosen, "chosen"));
    }

    public Set<NotifyOn> chosen() {
        return EnumSet.copyOf(chosen);
    }

    /**
     * The conditions a build meets, whether chosen or not.
     *
     * @param current the finished build's result ({@link BuildResult#RUNNING} meets no condition)
     * @param previous the results of the earlier builds, newest first; read lazily, only until the
     *     first decisive one (aborted and not-built builds are looked past)
     */
    public static Set<NotifyOn> conditionsMet(BuildResult current, Iterable<BuildResult> previous) {
        Objects.requireNonNull(current, "current");
        Optional<BuildResult> before = lastDecisive(previous);
        Set<NotifyOn> met = EnumSet.noneOf(NotifyOn.class);
        switch (current) {
            case SUCCESS -> {
                met.add(NotifyOn.SUCCESS);
                if (before.filter(s -> s == BuildResult.FAILURE || s == BuildResult.UNSTABLE)
                        .isPresent()) {
                    met.add(NotifyOn.BACK_TO_NORMAL);
                }
            }
            case FAILURE -> {
                met.add(NotifyOn.EVERY_FAILURE);
                met.add(
                        before.filter(s -> s == BuildResult.FAILURE).isPresent()
                                ? NotifyOn.REPEATED_FAILURE
                                : NotifyOn.FAILURE);
            }
            case UNSTABLE -> met.add(NotifyOn.UNSTABLE);
            case ABORTED -> met.add(NotifyOn.ABORTED);
            case NOT_BUILT -> met.add(NotifyOn.NOT_BUILT);
            case RUNNING -> {
                // no result yet: nothing to notify about
            }
        }
        return met;
    }

    /** The chosen conditions the build meets; empty means "do not send". */
    public Set<NotifyOn> reasons(BuildResult current, Iterable<BuildResult> previous) {
        Set<NotifyOn> met = conditionsMet(current, previous);
        met.retainAll(chosen);
        return met;
    }

    public boolean shouldNotify(BuildResult current, Iterable<BuildResult> previous) {
        return !reasons(current, previous).isEmpty();
    }

    private static Optional<BuildResult> lastDecisive(Iterable<BuildResult> previous) {
        if (previous == null) {
            return Optional.empty();
        }
        for (BuildResult status : previous) {
            if (decisive(status)) {
                return Optional.of(status);
            }
        }
        return Optional.empty();
    }

    /**
     * Whether a build says something about the job's health: aborted, not-built and unfinished
     * builds do not, so "back to normal" and "repeated failure" look past them.
     */
    static boolean decisive(BuildResult result) {
        return result != null
                && result != BuildResult.ABORTED
                && result != BuildResult.NOT_BUILT
                && result != BuildResult.RUNNING;
    }
}
