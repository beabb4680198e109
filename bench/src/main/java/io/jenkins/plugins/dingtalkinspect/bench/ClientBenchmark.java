package io.jenkins.plugins.dingtalkinspect.bench;

import io.jenkins.plugins.dingtalkinspect.delivery.DeliveryOptions;
import io.jenkins.plugins.dingtalkinspect.delivery.DeliveryReport;
import io.jenkins.plugins.dingtalkinspect.delivery.RateBudgets;
import io.jenkins.plugins.dingtalkinspect.delivery.RateLimit;
import io.jenkins.plugins.dingtalkinspect.delivery.RetryPolicy;
import io.jenkins.plugins.dingtalkinspect.delivery.RobotClient;
import io.jenkins.plugins.dingtalkinspect.inspection.CardRenderer;
import io.jenkins.plugins.dingtalkinspect.robot.Robot;
import io.jenkins.plugins.dingtalkinspect.robot.message.MarkdownMessage;
import io.jenkins.plugins.dingtalkinspect.sandbox.DingTalkSandbox;
import io.jenkins.plugins.dingtalkinspect.sandbox.SandboxOptions;
import io.jenkins.plugins.dingtalkinspect.sandbox.SandboxRobot;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import okhttp3.ConnectionPool;
import okhttp3.OkHttpClient;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * One card sent through {@link RobotClient} to a signed robot of an in-process sandbox on
 * 127.0.0.1, rate limits off on both sides, so what is measured is the client (prepare, sign, HTTP)
 * plus the sandbox's own checks and the loopback round trip.
 *
 * <p>{@code connections=pooled} is the client as the library builds it (its own connection pool,
 * keep-alive); {@code connections=new} derives the client from an OkHttpClient whose pool keeps no
 * idle connection, so OkHttp closes every connection after its answer and the next message opens a
 * new one. At the end of each trial the kernel's count of opened TCP connections is printed per
 * message, which shows the difference.
 */
@State(Scope.Benchmark)
public class ClientBenchmark {

    @Param({"pooled", "new"})
    public String connections;

    private DingTalkSandbox sandbox;
    private RobotClient client;
    private Robot robot;
    private MarkdownMessage card;
    private final AtomicLong sent = new AtomicLong();
    private long opensAtStart;

    @Setup(Level.Trial)
    public void setUp() {
        sandbox = DingTalkSandbox.start(SandboxOptions.defaults()
                .withDefaultRateLimit(io.jenkins.plugins.dingtalkinspect.sandbox.RateLimit.off())
                .withRobots(SandboxRobot.signed("bench", Fixtures.TOKEN, Fixtures.SECRET)));
        robot = Robot.of(sandbox.webhookEndpoint(), Fixtures.TOKEN, Fixtures.SECRET, List.of());
        card = CardRenderer.render(Fixtures.errorInspection(), Fixtures.zhCnOptions());
        // no retries: a failed send must show up as an error, not as a slow sample
        DeliveryOptions options =
                DeliveryOptions.defaults().withRateLimit(RateLimit.unlimited()).withRetry(RetryPolicy.noRetries());
        OkHttpClient base = connections.equals("new")
                ? new OkHttpClient.Builder()
                        .connectionPool(new ConnectionPool(0, 1, TimeUnit.NANOSECONDS))
                        .build()
                : null;
        client = new RobotClient(base, options, Clock.systemUTC(), new RateBudgets(Clock.systemUTC()));
        sent.set(0);
        opensAtStart = TcpCounters.activeOpens();
    }

    /** The sandbox records every message; forget them between iterations to keep its memory flat. */
    @Setup(Level.Iteration)
    public void forgetRecord() {
        sandbox.clear();
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        long opened = TcpCounters.activeOpens() - opensAtStart;
        long messages = sent.get();
        System.out.printf(
                "%n[connections=%s] %d messages, %d TCP connections opened on this machine meanwhile"
                        + " (/proc/net/snmp ActiveOpens): %.3f per message%n",
                connections, messages, opened, messages == 0 ? 0.0 : (double) opened / messages);
        sandbox.close();
    }

    private DeliveryReport sendOne() {
        DeliveryReport report = client.send(robot, card);
        if (!report.delivered()) {
            throw new IllegalStateException("not delivered: " + report.summary());
        }
        sent.incrementAndGet();
        return report;
    }

    /** Messages per second, one sender. */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public DeliveryReport throughput() {
        return sendOne();
    }

    /** Latency per message with percentiles, one sender. */
    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public DeliveryReport latency() {
        return sendOne();
    }
}
