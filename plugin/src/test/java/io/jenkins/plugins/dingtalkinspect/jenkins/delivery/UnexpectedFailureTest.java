package io.jenkins.plugins.dingtalkinspect.jenkins.delivery;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class UnexpectedFailureTest {

    private static final String DETAIL = "https://oapi.dingtalk.com/robot/send?access_token=leak0123456789";

    @AfterEach
    void clearInterrupt() {
        Thread.interrupted();
    }

    @Test
    void usersSeeTheTypesOnlyAndTheLogGetsNoMessage() throws Exception {
        IllegalStateException e = new IllegalStateException(DETAIL, new IOException(DETAIL));
        String shown = UnexpectedFailure.handle(e, null);
        assertThat(shown, containsString("IllegalStateException < IOException"));
        assertThat(shown, not(containsString(DETAIL)));
        StringWriter trace = new StringWriter();
        UnexpectedFailure.withoutMessages(e).printStackTrace(new PrintWriter(trace));
        assertThat(trace.toString(), containsString("java.lang.IllegalStateException"));
        assertThat(trace.toString(), containsString("java.io.IOException"));
        assertThat(trace.toString(), not(containsString(DETAIL)));
    }

    @Test
    void anInterruptionStopsInsteadOfReportingAFailure() {
        IllegalStateException e =
                new IllegalStateException("interrupted while waiting for a digest", new InterruptedException());
        assertThrows(InterruptedException.class, () -> UnexpectedFailure.handle(e, null));
        assertThat(Thread.currentThread().isInterrupted(), is(true));
    }

    @Test
    void aCauseCycleEnds() {
        RuntimeException a = new RuntimeException("a");
        RuntimeException b = new RuntimeException("b", a);
        a.initCause(b);
        assertThat(UnexpectedFailure.types(a).split(" < ").length, is(8));
    }
}
