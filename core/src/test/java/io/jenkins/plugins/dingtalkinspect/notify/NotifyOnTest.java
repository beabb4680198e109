package io.jenkins.plugins.dingtalkinspect.notify;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NotifyOnTest {

    @Test
    void symbolsAreCamelCase() {
        assertThat(NotifyOn.BACK_TO_NORMAL.symbol()).isEqualTo("backToNormal");
        assertThat(NotifyOn.SUCCESS.symbol()).isEqualTo("success");
        assertThat(NotifyOn.EVERY_FAILURE.symbol()).isEqualTo("everyFailure");
    }

    @Test
    void parsesSymbolsAndEnumNames() {
        for (NotifyOn value : NotifyOn.values()) {
            assertThat(NotifyOn.fromName(value.symbol())).contains(value);
            assertThat(NotifyOn.fromName(value.name())).contains(value);
        }
        assertThat(NotifyOn.fromName("back to normal")).contains(NotifyOn.BACK_TO_NORMAL);
        assertThat(NotifyOn.fromName("never")).isEmpty();
        assertThat(NotifyOn.fromName(null)).isEmpty();
    }

    @Test
    void defaultsAreProblemsAndRecovery() {
        assertThat(NotifyOn.defaults())
                .containsExactlyInAnyOrder(
                        NotifyOn.FAILURE, NotifyOn.REPEATED_FAILURE, NotifyOn.UNSTABLE, NotifyOn.BACK_TO_NORMAL);
    }
}
