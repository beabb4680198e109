package io.jenkins.plugins.dingtalkinspect.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.PipedReader;
import java.io.PipedWriter;
import java.io.PrintWriter;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class SandboxCommandTest {

    @Test
    void servesUntilInterruptedAndTheDefaultRobotAcceptsSignedSends() throws Exception {
        int port;
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        PipedWriter sink = new PipedWriter();
        BufferedReader lines = new BufferedReader(new PipedReader(sink, 64 * 1024));
        CommandLine cli = Main.commandLine();
        cli.setOut(new PrintWriter(sink, true));
        int chosen = port;
        Thread server = new Thread(() -> cli.execute(
                "sandbox", "--port", Integer.toString(chosen), "--keyword", "巡检", "--limit", "1", "--window", "1m"));
        server.start();
        try {
            assertThat(lines.readLine()).isEqualTo("DingTalk sandbox on http://127.0.0.1:" + port + "/");
            CliRun send = CliRun.of(
                    "send",
                    "--webhook",
                    "http://127.0.0.1:" + port + "/robot/send",
                    "--token",
                    DemoCommand.DEMO_TOKEN,
                    "--secret",
                    DemoCommand.DEMO_SECRET,
                    "--title",
                    "t",
                    "--content",
                    "c");
            assertThat(send.exitCode()).as(send.out() + send.err()).isZero();
            CliRun throttled = CliRun.of(
                    "send",
                    "--webhook",
                    "http://127.0.0.1:" + port + "/robot/send",
                    "--token",
                    DemoCommand.DEMO_TOKEN,
                    "--secret",
                    DemoCommand.DEMO_SECRET,
                    "--text",
                    "巡检 second",
                    "--deadline",
                    "2");
            assertThat(throttled.exitCode()).isEqualTo(ExitCodes.THROTTLED);
            HttpResponse<String> page = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            assertThat(page.body()).contains("demo");
        } finally {
            server.interrupt();
            server.join(Duration.ofSeconds(5).toMillis());
        }
        assertThat(server.isAlive()).isFalse();
    }

    @Test
    void robotSpecsAreValidated() {
        assertThat(SandboxCommand.parse("ops:token-0001").secret()).isEmpty();
        assertThat(SandboxCommand.parse("ops:token-0001:SECabcdefgh12").secret())
                .isPresent();
        assertThatThrownBy(() -> SandboxCommand.parse("justaname")).hasMessageContaining("--robot");
    }
}
