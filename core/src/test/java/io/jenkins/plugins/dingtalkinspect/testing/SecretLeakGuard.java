package io.jenkins.plugins.dingtalkinspect.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;

/**
 * Registered for every test of the module (service loader + autodetection): captures every log
 * record of the project's loggers at all levels and every exception a test lets escape, and fails
 * the test if any contains a token, a secret or a signature parameter.
 */
public final class SecretLeakGuard implements BeforeEachCallback, AfterEachCallback, TestExecutionExceptionHandler {

    private static final Logger PROJECT = Logger.getLogger("io.jenkins.plugins.dingtalkinspect");
    private static final List<String> CAPTURED = new CopyOnWriteArrayList<>();
    private static final Handler HANDLER = new Handler() {
        @Override
        public void publish(LogRecord record) {
            StringBuilder text = new StringBuilder(String.valueOf(record.getMessage()));
            if (record.getParameters() != null) {
                for (Object p : record.getParameters()) {
                    text.append(' ').append(p);
                }
            }
            if (record.getThrown() != null) {
                text.append(' ').append(record.getThrown());
            }
            CAPTURED.add(text.toString());
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    };

    static {
        PROJECT.setLevel(Level.ALL);
        PROJECT.addHandler(HANDLER);
    }

    /** Texts that must be free of secrets: also used by tests on their own outputs. */
    public static void assertNoSecret(String text) {
        for (String secret : TestSecrets.all()) {
            assertThat(text).as("must not contain a test secret").doesNotContain(secret);
        }
        assertThat(text).doesNotContain("sign=").doesNotContain("access_token=");
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        CAPTURED.clear();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        for (String line : CAPTURED) {
            assertNoSecret(line);
        }
    }

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable throwable) throws Throwable {
        for (Throwable t = throwable; t != null; t = t.getCause()) {
            if (t.getMessage() != null && !(t instanceof AssertionError)) {
                assertNoSecret(t.getMessage());
            }
        }
        throw throwable;
    }

    public static List<String> captured() {
        return List.copyOf(CAPTURED);
    }
}
