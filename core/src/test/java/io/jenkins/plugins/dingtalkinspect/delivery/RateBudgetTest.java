package io.jenkins.plugins.dingtalkinspect.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.dingtalkinspect.robot.Robot;
import io.jenkins.plugins.dingtalkinspect.robot.message.TextMessage;
import io.jenkins.plugins.dingtalkinspect.testing.FakeDingTalk;
import io.jenkins.plugins.dingtalkinspect.testing.TestSecrets;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.Test;

class RateBudgetTest {

    @Test
    void concurrentSendersShareOneBudgetAndLoseNothing() throws Exception {
        Duration window = Duration.ofMillis(400);
        try (MockWebServer server = new MockWebServer()) {
            FakeDingTalk dingTalk = new FakeDingTalk(TestSecrets.TOKEN, TestSecrets.SECRET);
            server.setDispatcher(dingTalk);
            server.start();
            Robot robot = Robot.of(
                    URI.create(server.url("/robot/send").toString()), TestSecrets.TOKEN, TestSecrets.SECRET, null);
            RateBudgets budgets = new RateBudgets(Clock.systemUTC());
            DeliveryOptions options = RobotClientHttpTest.fast().withRateLimit(RateLimit.of(3, window));
            // two clients, as two jobs in one Jenkins would have: the budget is per robot, not per client
            List<RobotClient> clients = List.of(
                    new RobotClient(null, options, Clock.systemUTC(), budgets),
                    new RobotClient(null, options, Clock.systemUTC(), budgets));
            ExecutorService pool = Executors.newFixedThreadPool(6);
            List<Future<DeliveryReport>> futures = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                RobotClient client = clients.get(i % 2);
                String text = "message " + i;
                futures.add(pool.submit(() -> client.send(robot, new TextMessage(text))));
            }
            List<DeliveryReport> reports = new ArrayList<>();
            for (Future<DeliveryReport> f : futures) {
                reports.add(f.get());
            }
            pool.shutdown();

            assertThat(reports).allSatisfy(r -> assertThat(r.delivered()).isTrue());
            assertThat(reports).filteredOn(r -> !r.budgetWait().isZero()).hasSizeGreaterThanOrEqualTo(9);
            List<FakeDingTalk.Seen> seen = dingTalk.seen();
            assertThat(seen).hasSize(12);
            // no window at the server holds more than 3: the 4th arrival after any arrival is a window later
            for (int i = 0; i + 3 < seen.size(); i++) {
                assertThat(seen.get(i + 3).arrivedNanos() - seen.get(i).arrivedNanos())
                        .isGreaterThanOrEqualTo(window.toNanos());
            }
        }
    }

    @Test
    void aParkedBudgetRefusesAtOnceWhenTheBlockOutlastsTheDeadline() throws Exception {
        RateBudget budget = new RateBudget(RateLimit.of(20, Duration.ofSeconds(60)), Clock.systemUTC());
        budget.park(Duration.ofMinutes(10));
        assertThat(budget.parkedUntil()).isPresent();
        long before = System.nanoTime();
        assertThatThrownBy(() -> budget.acquire(RateBudget.deadlineAfter(Duration.ofSeconds(30))))
                .isInstanceOf(RateBudget.Exhausted.class)
                .hasMessageContaining("throttled by DingTalk until")
                .satisfies(e ->
                        assertThat(((RateBudget.Exhausted) e).throttledUntil()).isPresent());
        assertThat(System.nanoTime() - before).isLessThan(Duration.ofSeconds(1).toNanos());
    }

    @Test
    void aFullBudgetWaitsUntilTheDeadlineThenSaysSo() throws Exception {
        RateBudget budget = new RateBudget(RateLimit.of(1, Duration.ofSeconds(60)), Clock.systemUTC());
        budget.acquire(RateBudget.deadlineAfter(Duration.ofSeconds(1))).close();
        assertThat(budget.inWindow()).isEqualTo(1);
        assertThatThrownBy(() -> budget.acquire(RateBudget.deadlineAfter(Duration.ofMillis(150))))
                .isInstanceOf(RateBudget.Exhausted.class)
                .hasMessageContaining("1 messages per 60.0 s stayed full")
                .satisfies(e ->
                        assertThat(((RateBudget.Exhausted) e).throttledUntil()).isEmpty());
    }

    @Test
    void aSendWaitsForTheNextFreeSlot() throws Exception {
        RateBudget budget = new RateBudget(RateLimit.of(2, Duration.ofMillis(300)), Clock.systemUTC());
        long deadline = RateBudget.deadlineAfter(Duration.ofSeconds(5));
        budget.acquire(deadline).close();
        budget.acquire(deadline).close();
        Duration waited = budget.acquire(deadline).waited();
        assertThat(waited).isGreaterThanOrEqualTo(Duration.ofMillis(290));
    }

    @Test
    void aSlotStillInFlightIsNotFreedByTheWindow() throws Exception {
        RateBudget budget = new RateBudget(RateLimit.of(1, Duration.ofMillis(50)), Clock.systemUTC());
        RateBudget.Permit inFlight = budget.acquire(RateBudget.deadlineAfter(Duration.ofSeconds(1)));
        Thread.sleep(100);
        assertThatThrownBy(() -> budget.acquire(RateBudget.deadlineAfter(Duration.ofMillis(100))))
                .isInstanceOf(RateBudget.Exhausted.class);
        inFlight.close();
        inFlight.close();
        assertThat(budget.acquire(RateBudget.deadlineAfter(Duration.ofSeconds(1)))
                        .waited())
                .isGreaterThanOrEqualTo(Duration.ofMillis(45));
    }

    @Test
    void anUnlimitedBudgetNeverWaits() throws Exception {
        RateBudget budget = new RateBudget(RateLimit.unlimited(), Clock.systemUTC());
        for (int i = 0; i < 100; i++) {
            assertThat(budget.acquire(RateBudget.deadlineAfter(Duration.ofMillis(1)))
                            .waited())
                    .isZero();
        }
    }

    @Test
    void oneBudgetPerRobotWhoseLimitCanChangeWithoutForgettingItsState() throws Exception {
        RateBudgets budgets = new RateBudgets(Clock.systemUTC());
        Robot a = Robot.of(TestSecrets.TOKEN, null, null);
        Robot b = Robot.of(TestSecrets.OTHER_TOKEN, null, null);
        RateBudget first = budgets.budgetFor(a, RateLimit.dingTalkDefault());
        assertThat(budgets.budgetFor(a, RateLimit.dingTalkDefault())).isSameAs(first);
        assertThat(budgets.budgetFor(b, RateLimit.dingTalkDefault())).isNotSameAs(first);

        first.acquire(RateBudget.deadlineAfter(Duration.ofSeconds(1))).close();
        first.park(Duration.ofMinutes(10));
        RateLimit edited = RateLimit.of(5, Duration.ofSeconds(10));
        RateBudget same = budgets.budgetFor(a, edited);
        assertThat(same).isSameAs(first);
        assertThat(same.limit()).isEqualTo(edited);
        assertThat(same.inWindow()).isEqualTo(1);
        assertThat(same.parkedUntil())
                .as("an admin's edit does not lift DingTalk's block")
                .isPresent();
        assertThat(RateBudgets.shared()).isSameAs(RateBudgets.shared());
    }

    @Test
    void limitsAndOptionsValidateTheirFields() {
        assertThatThrownBy(() -> RateLimit.of(0, Duration.ofSeconds(1))).hasMessageStartingWith("rateLimit.messages:");
        assertThatThrownBy(() -> RateLimit.of(1, Duration.ZERO)).hasMessageStartingWith("rateLimit.window:");
        assertThat(RateLimit.dingTalkDefault().effectiveWindow()).isEqualTo(Duration.ofMillis(60_500));
        assertThatThrownBy(() -> new RetryPolicy(0, Duration.ZERO, Duration.ZERO, 0))
                .hasMessageStartingWith("maxAttempts:");
        assertThatThrownBy(() -> new RetryPolicy(2, Duration.ofSeconds(2), Duration.ofSeconds(1), 0))
                .hasMessageStartingWith("maxBackoff:");
        assertThatThrownBy(() -> new RetryPolicy(2, Duration.ofSeconds(-1), Duration.ofSeconds(1), 0))
                .hasMessageStartingWith("initialBackoff:");
        assertThatThrownBy(() -> new RetryPolicy(2, Duration.ZERO, Duration.ofSeconds(1), 2))
                .hasMessageStartingWith("jitter:");
        assertThatThrownBy(() -> DeliveryOptions.defaults().withDeadline(Duration.ZERO))
                .hasMessageStartingWith("deadline:");
        assertThatThrownBy(() -> DeliveryOptions.defaults().withRetry(null)).hasMessageContaining("retry");
        assertThat(RetryPolicy.noRetries().maxAttempts()).isEqualTo(1);
    }

    @Test
    void policiesAndLimitsChangeOneValueAndKeepTheRest() {
        RetryPolicy two = RetryPolicy.defaults().withMaxAttempts(2);
        assertThat(two.maxAttempts()).isEqualTo(2);
        assertThat(two.initialBackoff()).isEqualTo(RetryPolicy.defaults().initialBackoff());
        assertThat(two.maxBackoff()).isEqualTo(RetryPolicy.defaults().maxBackoff());
        assertThat(two.jitter()).isEqualTo(RetryPolicy.defaults().jitter());
        assertThat(RetryPolicy.defaults()
                        .withMaxAttempts(RetryPolicy.MAX_ATTEMPTS)
                        .maxAttempts())
                .isEqualTo(20);
        assertThatThrownBy(() -> RetryPolicy.defaults().withMaxAttempts(RetryPolicy.MAX_ATTEMPTS + 1))
                .hasMessage("maxAttempts: must be between 1 and 20, got 21");

        RateLimit fifteen = RateLimit.dingTalkDefault().withMessages(15);
        assertThat(fifteen.messages()).isEqualTo(15);
        assertThat(fifteen.window()).isEqualTo(Duration.ofMinutes(1));
        assertThat(fifteen.effectiveWindow())
                .isEqualTo(RateLimit.dingTalkDefault().effectiveWindow());
        assertThat(RateLimit.dingTalkDefault().withMessages(20)).isEqualTo(RateLimit.dingTalkDefault());
        assertThatThrownBy(() -> RateLimit.dingTalkDefault().withMessages(0))
                .hasMessageStartingWith("rateLimit.messages:");
    }

    @Test
    void backoffGrowsExponentiallyWithinItsJitterAndCap() {
        RetryPolicy policy = new RetryPolicy(6, Duration.ofMillis(100), Duration.ofMillis(1000), 0.2);
        java.util.random.RandomGenerator random = java.util.random.RandomGenerator.of("L64X128MixRandom");
        for (int i = 0; i < 50; i++) {
            assertThat(policy.backoff(1, random)).isBetween(Duration.ofMillis(80), Duration.ofMillis(120));
            assertThat(policy.backoff(3, random)).isBetween(Duration.ofMillis(320), Duration.ofMillis(480));
            assertThat(policy.backoff(10, random)).isBetween(Duration.ofMillis(800), Duration.ofMillis(1000));
        }
    }
}
