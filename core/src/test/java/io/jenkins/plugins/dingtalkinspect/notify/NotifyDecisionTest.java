package io.jenkins.plugins.dingtalkinspect.notify;

import static io.jenkins.plugins.dingtalkinspect.inspection.BuildResult.ABORTED;
import static io.jenkins.plugins.dingtalkinspect.inspection.BuildResult.FAILURE;
import static io.jenkins.plugins.dingtalkinspect.inspection.BuildResult.NOT_BUILT;
import static io.jenkins.plugins.dingtalkinspect.inspection.BuildResult.SUCCESS;
import static io.jenkins.plugins.dingtalkinspect.inspection.BuildResult.UNSTABLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.dingtalkinspect.inspection.BuildResult;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NotifyDecisionTest {

    private static Set<NotifyOn> met(BuildResult current, BuildResult... previous) {
        return NotifyDecision.conditionsMet(current, Arrays.asList(previous));
    }

    @Test
    void firstBuildSuccessIsOnlySuccess() {
        assertThat(met(SUCCESS)).containsExactly(NotifyOn.SUCCESS);
    }

    @Test
    void firstBuildFailureIsFirstFailure() {
        assertThat(met(FAILURE)).containsExactlyInAnyOrder(NotifyOn.FAILURE, NotifyOn.EVERY_FAILURE);
    }

    @Test
    void failureAfterFailureIsRepeatedNotFirst() {
        assertThat(met(FAILURE, FAILURE, SUCCESS))
                .containsExactlyInAnyOrder(NotifyOn.REPEATED_FAILURE, NotifyOn.EVERY_FAILURE);
    }

    @Test
    void failureAfterUnstableIsAFirstFailure() {
        assertThat(met(FAILURE, UNSTABLE)).containsExactlyInAnyOrder(NotifyOn.FAILURE, NotifyOn.EVERY_FAILURE);
    }

    @Test
    void successAfterFailureOrUnstableIsBackToNormal() {
        assertThat(met(SUCCESS, FAILURE)).containsExactlyInAnyOrder(NotifyOn.SUCCESS, NotifyOn.BACK_TO_NORMAL);
        assertThat(met(SUCCESS, UNSTABLE)).containsExactlyInAnyOrder(NotifyOn.SUCCESS, NotifyOn.BACK_TO_NORMAL);
        assertThat(met(SUCCESS, SUCCESS, FAILURE)).containsExactly(NotifyOn.SUCCESS);
    }

    @Test
    void abortedAndNotBuiltBuildsAreLookedPast() {
        assertThat(met(SUCCESS, ABORTED, NOT_BUILT, FAILURE)).contains(NotifyOn.BACK_TO_NORMAL);
        assertThat(met(FAILURE, ABORTED, FAILURE)).contains(NotifyOn.REPEATED_FAILURE);
        assertThat(met(FAILURE, ABORTED)).contains(NotifyOn.FAILURE);
    }

    @ParameterizedTest
    @CsvSource({"UNSTABLE, UNSTABLE", "ABORTED, ABORTED", "NOT_BUILT, NOT_BUILT"})
    void otherResultsMeetTheirOwnCondition(BuildResult current, NotifyOn expected) {
        assertThat(met(current, FAILURE)).containsExactly(expected);
        assertThat(met(current)).containsExactly(expected);
    }

    @Test
    void readsHistoryOnlyUntilTheFirstDecisiveBuild() {
        AtomicInteger read = new AtomicInteger();
        Iterable<BuildResult> history = () -> new Iterator<>() {
            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public BuildResult next() {
                return read.incrementAndGet() < 3 ? ABORTED : FAILURE;
            }
        };
        assertThat(NotifyDecision.conditionsMet(SUCCESS, history)).contains(NotifyOn.BACK_TO_NORMAL);
        assertThat(read).hasValue(3);
    }

    @Test
    void nullHistoryAndNullEntriesMeanNoPreviousBuild() {
        assertThat(NotifyDecision.conditionsMet(FAILURE, null)).contains(NotifyOn.FAILURE);
        assertThat(NotifyDecision.conditionsMet(SUCCESS, Arrays.asList(null, FAILURE)))
                .contains(NotifyOn.BACK_TO_NORMAL);
        assertThatThrownBy(() -> NotifyDecision.conditionsMet(null, List.of()))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void runningBuildMeetsNothingAndIsLookedPast() {
        assertThat(met(BuildResult.RUNNING, FAILURE)).isEmpty();
        assertThat(met(SUCCESS, BuildResult.RUNNING, FAILURE)).contains(NotifyOn.BACK_TO_NORMAL);
    }

    @Test
    void reasonsAreTheChosenConditionsMet() {
        NotifyDecision decision = NotifyDecision.of(EnumSet.of(NotifyOn.BACK_TO_NORMAL, NotifyOn.REPEATED_FAILURE));
        assertThat(decision.reasons(SUCCESS, List.of(FAILURE))).containsExactly(NotifyOn.BACK_TO_NORMAL);
        assertThat(decision.shouldNotify(SUCCESS, List.of(SUCCESS))).isFalse();
        assertThat(decision.shouldNotify(FAILURE, List.of(SUCCESS))).isFalse();
        assertThat(decision.shouldNotify(FAILURE, List.of(FAILURE))).isTrue();
        assertThat(decision.chosen()).containsExactlyInAnyOrder(NotifyOn.BACK_TO_NORMAL, NotifyOn.REPEATED_FAILURE);
    }

    @Test
    void everyFailureCoversFirstAndRepeated() {
        NotifyDecision decision = NotifyDecision.of(EnumSet.of(NotifyOn.EVERY_FAILURE));
        assertThat(decision.shouldNotify(FAILURE, List.of())).isTrue();
        assertThat(decision.shouldNotify(FAILURE, List.of(FAILURE))).isTrue();
        assertThat(decision.shouldNotify(UNSTABLE, List.of(FAILURE))).isFalse();
    }

    @Test
    void nothingChosenNeverNotifies() {
        NotifyDecision decision = NotifyDecision.of(Set.of());
        for (BuildResult status : BuildResult.values()) {
            assertThat(decision.shouldNotify(status, List.of(FAILURE))).isFalse();
        }
        assertThat(decision.chosen()).isEmpty();
    }
}
