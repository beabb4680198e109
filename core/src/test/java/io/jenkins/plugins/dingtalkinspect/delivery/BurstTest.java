package io.jenkins.plugins.dingtalkinspect.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.dingtalkinspect.robot.Robot;
import io.jenkins.plugins.dingtalkinspect.robot.message.MarkdownMessage;
import io.jenkins.plugins.dingtalkinspect.sandbox.DingTalkSandbox;
import io.jenkins.plugins.dingtalkinspect.sandbox.RecordedMessage;
import io.jenkins.plugins.dingtalkinspect.sandbox.SandboxOptions;
import io.jenkins.plugins.dingtalkinspect.sandbox.SandboxRobot;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Bursts against the sandbox with DingTalk's limit scaled from a minute to {@value #WINDOW_MS} ms:
 * nothing lost, nothing throttled, no server window over the budget, and not a window slower than
 * the budget makes necessary.
 */
class BurstTest {

    private static final int LIMIT = 20;
    private static final long WINDOW_MS = 2000;
    private static final Duration WINDOW = Duration.ofMillis(WINDOW_MS);

    private DingTalkSandbox sandbox;
    private RobotClient client;

    @BeforeEach
    void start() {
        sandbox = DingTalkSandbox.start(SandboxOptions.defaults()
                .withDefaultRateLimit(io.jenkins.plugins.dingtalkinspect.sandbox.RateLimit.of(
                        LIMIT, WINDOW, Duration.ofSeconds(10))));
        DeliveryOptions options = DeliveryOptions.defaults()
                .withRateLimit(RateLimit.of(LIMIT, WINDOW))
                .withThrottleBlock(Duration.ofSeconds(10))
                .withDeadline(Duration.ofSeconds(60));
        client = new RobotClient(null, options, Clock.systemUTC(), new RateBudgets(Clock.systemUTC()));
        warmUp();
    }

    /**
     * The timing assertions are about the budget, not about how fast a cold JVM signs, serializes
     * and answers: run the whole path a few hundred times first, on a robot without a limit.
     */
    private void warmUp() {
        sandbox.register(SandboxRobot.signed("warm-up", "warm-up-token-0001", "SECwarmup00000001")
                .withRateLimit(io.jenkins.plugins.dingtalkinspect.sandbox.RateLimit.off()));
        Robot warm = Robot.of(sandbox.webhookEndpoint(), "warm-up-token-0001", "SECwarmup00000001", List.of());
        RobotClient unlimited = new RobotClient(
                null,
                client.options().withRateLimit(RateLimit.unlimited()),
                Clock.systemUTC(),
                new RateBudgets(Clock.systemUTC()));
        for (int i = 0; i < 300; i++) {
            unlimited.send(warm, new MarkdownMessage("warm-up", "warm-up " + i));
        }
        sandbox.clear();
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    private Robot robot(int n) {
        String token = "burst-robot-token-" + n;
        String secret = "SECburst000000000" + n;
        sandbox.register(SandboxRobot.signed("burst-" + n, token, secret));
        return Robot.of(sandbox.webhookEndpoint(), token, secret, List.of());
    }

    private List<DeliveryReport> burst(List<Robot> robots, int perRobot, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<DeliveryReport>> futures = new ArrayList<>();
            for (int i = 0; i < perRobot; i++) {
                for (Robot robot : robots) {
                    String title = "nightly " + i;
                    futures.add(pool.submit(() -> client.send(robot, new MarkdownMessage(title, "failed"))));
                }
            }
            List<DeliveryReport> reports = new ArrayList<>();
            for (Future<DeliveryReport> f : futures) {
                reports.add(f.get());
            }
            return reports;
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * A bound that catches a budget that wastes windows without failing on a busy machine (this
     * test once took 10 s for a minimum of 8 s while benchmarks ran beside it). How close to the
     * minimum a burst really gets is measured by the {@code load} command and written down in
     * docs/performance.md, not asserted by a timed test.
     */
    private static long slowest(long minimumMs) {
        return minimumMs + WINDOW_MS * 3 / 2;
    }

    /** The least time {@code n} messages take under the budget: the last batch starts after n/limit - 1 windows. */
    private static long minimumMs(int n) {
        return ((n - 1) / LIMIT) * WINDOW_MS;
    }

    private void assertNoWindowOverBudget(String robotName) {
        List<Instant> arrivals = sandbox.messages().stream()
                .filter(m -> robotName.equals(m.robotName()) && m.errcode() == 0 && !m.duplicate())
                .map(RecordedMessage::receivedAt)
                .sorted()
                .toList();
        for (int i = 0; i + LIMIT < arrivals.size(); i++) {
            assertThat(Duration.between(arrivals.get(i), arrivals.get(i + LIMIT)))
                    .as("the %d-th message after #%d", LIMIT, i)
                    .isGreaterThanOrEqualTo(WINDOW);
        }
    }

    @Test
    void aHundredCardsToOneRobotAllArriveUnthrottledAtTheSpeedTheBudgetAllows() throws Exception {
        Robot robot = robot(0);
        long start = System.nanoTime();
        List<DeliveryReport> reports = burst(List.of(robot), 100, 20);
        long elapsedMs = Duration.ofNanos(System.nanoTime() - start).toMillis();

        assertThat(reports).allSatisfy(r -> assertThat(r.delivered()).isTrue());
        assertThat(sandbox.messages()).hasSize(100).allSatisfy(m -> assertThat(m.errcode())
                .isZero());
        assertNoWindowOverBudget("burst-0");
        assertThat(elapsedMs).isBetween(minimumMs(100), slowest(minimumMs(100)));
    }

    @Test
    void fiveRobotsHaveIndependentBudgets() throws Exception {
        List<Robot> robots = new ArrayList<>();
        for (int r = 0; r < 5; r++) {
            robots.add(robot(r));
        }
        long start = System.nanoTime();
        List<DeliveryReport> reports = burst(robots, 100, 20);
        long elapsedMs = Duration.ofNanos(System.nanoTime() - start).toMillis();

        assertThat(reports).hasSize(500).allSatisfy(r -> assertThat(r.delivered())
                .isTrue());
        assertThat(sandbox.messages()).filteredOn(m -> m.errcode() != 0).isEmpty();
        for (int r = 0; r < 5; r++) {
            assertNoWindowOverBudget("burst-" + r);
        }
        assertThat(elapsedMs).isBetween(minimumMs(100), slowest(minimumMs(100)));
    }

    @Test
    void fiftyThreadsAtOnceLoseNothing() throws Exception {
        Robot robot = robot(0);
        List<DeliveryReport> reports = burst(List.of(robot), 50, 50);

        assertThat(reports).allSatisfy(r -> assertThat(r.delivered()).isTrue());
        assertThat(reports).extracting(DeliveryReport::msgUuid).doesNotHaveDuplicates();
        assertThat(sandbox.messages())
                .extracting(RecordedMessage::msgUuid)
                .containsExactlyInAnyOrderElementsOf(
                        reports.stream().map(DeliveryReport::msgUuid).toList());
        assertNoWindowOverBudget("burst-0");
    }

    @Test
    void afterAThrottledAnswerWaitingSendsGoOutAfterTheBlockOrFailAtTheirDeadline() throws Exception {
        Robot robot = robot(0);
        sandbox.faults()
                .failNext(
                        1,
                        io.jenkins.plugins.dingtalkinspect.sandbox.Fault.errcode(
                                130101, "send too fast, exceed 20 times per minute"));
        DeliveryOptions options =
                client.options().withThrottleBlock(Duration.ofMillis(1500)).withDeadline(Duration.ofSeconds(5));
        RobotClient patient = new RobotClient(null, options, Clock.systemUTC(), new RateBudgets(Clock.systemUTC()));
        RobotClient hasty = new RobotClient(
                null,
                options.withDeadline(Duration.ofMillis(500)),
                Clock.systemUTC(),
                new RateBudgets(Clock.systemUTC()));

        long start = System.nanoTime();
        DeliveryReport first = patient.send(robot, new MarkdownMessage("t", "first"));
        assertThat(first.delivered()).as(first.summary()).isTrue();
        assertThat(first.attempts()).isEqualTo(2);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(1500));

        // a client whose deadline is shorter than the block reports it, with the time, and sends nothing
        sandbox.faults().failNext(1, io.jenkins.plugins.dingtalkinspect.sandbox.Fault.errcode(410100, "发送速度太快而限流"));
        DeliveryReport hastyReport = hasty.send(robot, new MarkdownMessage("t", "second"));
        assertThat(hastyReport.delivered()).isFalse();
        assertThat(hastyReport.outcome()).isEqualTo(Outcome.THROTTLED);
        assertThat(hastyReport.errmsg()).contains("throttled by DingTalk until");
        assertThat(sandbox.messages()).hasSize(3);
    }
}
