package io.jenkins.plugins.dingtalkinspect.sandbox;

import static io.jenkins.plugins.dingtalkinspect.sandbox.TestHttp.text;
import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.dingtalkinspect.sandbox.signature.SignatureVerifier;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import org.junit.jupiter.api.Test;

/** With every JUL logger at ALL, a signed send leaves no token, timestamp-sign or secret in any log record. */
class LoggingTest {

    private static final String TOKEN = "log-token-7f3a9c";
    private static final String SECRET = "SEClog-secret-5b1e";

    @Test
    void noCredentialReachesTheLogEvenAtAll() throws Exception {
        Logger root = Logger.getLogger("");
        // Turned up before the sandbox starts, as a user debugging something would.
        Logger httpServer = Logger.getLogger("com.sun.net.httpserver");
        Level rootLevel = root.getLevel();
        Level httpServerLevel = httpServer.getLevel();
        List<String> records = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            private final SimpleFormatter formatter = new SimpleFormatter();

            @Override
            public void publish(LogRecord record) {
                StringBuilder text = new StringBuilder(record.getLoggerName() + " " + formatter.formatMessage(record));
                if (record.getParameters() != null) {
                    for (Object parameter : record.getParameters()) {
                        text.append(' ').append(parameter);
                    }
                }
                if (record.getThrown() != null) {
                    StringWriter trace = new StringWriter();
                    record.getThrown().printStackTrace(new PrintWriter(trace));
                    text.append(' ').append(trace);
                }
                records.add(text.toString());
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        capture.setLevel(Level.ALL);
        root.setLevel(Level.ALL);
        httpServer.setLevel(Level.ALL);
        root.addHandler(capture);
        long timestamp = System.currentTimeMillis();
        String sign = SignatureVerifier.sign(timestamp, SECRET);
        String signInUrl = URLEncoder.encode(sign, StandardCharsets.UTF_8);
        try (DingTalkSandbox sandbox = DingTalkSandbox.start(
                SandboxOptions.defaults().withRobots(SandboxRobot.signed("ops", TOKEN, SECRET)))) {
            try (RawHttp http = new RawHttp(sandbox.port())) {
                http.send(RawHttp.post(
                        "/robot/send?access_token=" + TOKEN + "&timestamp=" + timestamp + "&sign=" + signInUrl,
                        text("巡检")));
                assertThat(http.read().json().get("errcode").intValue()).isZero();
            }
            // The page shows messages; rendering it must not log credentials either.
            TestHttp.get(sandbox.baseUri());
        } finally {
            root.removeHandler(capture);
            root.setLevel(rootLevel);
            httpServer.setLevel(httpServerLevel);
        }

        // The capture works: the sandbox's own FINE record of the send is there, by robot name.
        assertThat(records).anyMatch(r -> r.contains("robot ops: text -> errcode 0"));
        assertThat(records)
                .noneMatch(r -> r.contains(TOKEN))
                .noneMatch(r -> r.contains(sign))
                .noneMatch(r -> r.contains(signInUrl))
                .noneMatch(r -> r.contains(SECRET));
    }
}
