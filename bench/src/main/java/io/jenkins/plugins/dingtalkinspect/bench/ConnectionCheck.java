package io.jenkins.plugins.dingtalkinspect.bench;

import io.jenkins.plugins.dingtalkinspect.delivery.DeliveryOptions;
import io.jenkins.plugins.dingtalkinspect.delivery.PreparedMessage;
import io.jenkins.plugins.dingtalkinspect.delivery.RateBudgets;
import io.jenkins.plugins.dingtalkinspect.delivery.RateLimit;
import io.jenkins.plugins.dingtalkinspect.delivery.RetryPolicy;
import io.jenkins.plugins.dingtalkinspect.delivery.RobotClient;
import io.jenkins.plugins.dingtalkinspect.inspection.CardRenderer;
import io.jenkins.plugins.dingtalkinspect.robot.Robot;
import io.jenkins.plugins.dingtalkinspect.robot.message.MarkdownMessage;
import io.jenkins.plugins.dingtalkinspect.robot.message.SizeGuard;
import io.jenkins.plugins.dingtalkinspect.sandbox.DingTalkSandbox;
import io.jenkins.plugins.dingtalkinspect.sandbox.SandboxOptions;
import io.jenkins.plugins.dingtalkinspect.sandbox.SandboxRobot;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import okhttp3.Call;
import okhttp3.ConnectionPool;
import okhttp3.OkHttpClient;
import okhttp3.Protocol;

/**
 * Checks what {@link ClientBenchmark}'s two set-ups really do on the wire, and where a message's
 * time goes. Sends the same card {@code N} times (default 3000) from one thread in each set-up and
 * prints how many TCP connections OkHttp opened (its {@code connectStart} events), how many the
 * kernel counted ({@code ActiveOpens}, all processes), and percentiles of three phases taken from
 * OkHttp's events over the second half of the messages (the first half warms the JIT up): the TCP
 * connect, the wait from the end of the request body to the answer's headers, and the whole call.
 * Not a JMH benchmark: its times are single-shot {@link System#nanoTime()} differences.
 *
 * <pre>java -cp bench/target/benchmarks.jar io.jenkins.plugins.dingtalkinspect.bench.ConnectionCheck 3000</pre>
 */
public final class ConnectionCheck {

    private ConnectionCheck() {}

    public static void main(String[] args) {
        int messages = args.length > 0 ? Integer.parseInt(args[0]) : 3000;
        try (DingTalkSandbox sandbox = DingTalkSandbox.start(SandboxOptions.defaults()
                .withDefaultRateLimit(io.jenkins.plugins.dingtalkinspect.sandbox.RateLimit.off())
                .withRobots(SandboxRobot.signed("bench", Fixtures.TOKEN, Fixtures.SECRET)))) {
            Robot robot = Robot.of(sandbox.webhookEndpoint(), Fixtures.TOKEN, Fixtures.SECRET, List.of());
            MarkdownMessage card = CardRenderer.render(Fixtures.errorInspection(), Fixtures.zhCnOptions());
            System.out.printf(
                    "card: %d bytes of JSON%n",
                    PreparedMessage.prepare(robot, card, SizeGuard.MAX_BODY_BYTES)
                            .body()
                            .length);
            // pooled: the same pool RobotClient builds for itself when given no client
            run("pooled", new ConnectionPool(32, 5, TimeUnit.MINUTES), sandbox, robot, card, messages);
            run("new", new ConnectionPool(0, 1, TimeUnit.NANOSECONDS), sandbox, robot, card, messages);
        }
    }

    /** OkHttp's events of the calls of one sending thread, as nanoTime stamps. */
    private static final class Phases extends okhttp3.EventListener {
        final List<long[]> calls = new ArrayList<>();
        int connects;
        private long[] current;

        @Override
        public void callStart(Call call) {
            current = new long[5];
            current[0] = System.nanoTime();
        }

        @Override
        public void connectStart(Call call, InetSocketAddress address, Proxy proxy) {
            connects++;
            current[1] = System.nanoTime();
        }

        @Override
        public void connectEnd(Call call, InetSocketAddress address, Proxy proxy, Protocol protocol) {
            current[2] = System.nanoTime();
        }

        @Override
        public void requestBodyEnd(Call call, long byteCount) {
            current[3] = System.nanoTime();
        }

        @Override
        public void responseHeadersStart(Call call) {
            current[4] = System.nanoTime();
        }

        @Override
        public void callEnd(Call call) {
            calls.add(new long[] {
                current[1] == 0 ? 0 : current[2] - current[1], current[4] - current[3], System.nanoTime() - current[0]
            });
        }

        String percentiles(int phase) {
            long[] micros = calls.subList(calls.size() / 2, calls.size()).stream()
                    .mapToLong(c -> c[phase] / 1_000)
                    .sorted()
                    .toArray();
            if (phase == 0 && micros[micros.length - 1] == 0) {
                return "none (the connection was reused)";
            }
            return String.format(
                    "p50 %d, p90 %d, p99 %d µs",
                    micros[micros.length / 2], micros[micros.length * 9 / 10], micros[micros.length * 99 / 100]);
        }
    }

    private static void run(
            String name,
            ConnectionPool pool,
            DingTalkSandbox sandbox,
            Robot robot,
            MarkdownMessage card,
            int messages) {
        Phases phases = new Phases();
        OkHttpClient base = new OkHttpClient.Builder()
                .connectionPool(pool)
                .eventListener(phases)
                .build();
        DeliveryOptions options =
                DeliveryOptions.defaults().withRateLimit(RateLimit.unlimited()).withRetry(RetryPolicy.noRetries());
        RobotClient client = new RobotClient(base, options, Clock.systemUTC(), new RateBudgets(Clock.systemUTC()));
        sandbox.clear();
        long opensBefore = TcpCounters.activeOpens();
        int delivered = 0;
        for (int i = 0; i < messages; i++) {
            if (client.send(robot, card).delivered()) {
                delivered++;
            }
        }
        long opened = TcpCounters.activeOpens() - opensBefore;
        System.out.printf(
                "%-6s %d sent, %d delivered, %d recorded by the sandbox; OkHttp connectStart: %d;"
                        + " kernel ActiveOpens delta (all processes): %d%n",
                name, messages, delivered, sandbox.messages().size(), phases.connects, opened);
        System.out.printf("%-6s   TCP connect:                      %s%n", name, phases.percentiles(0));
        System.out.printf("%-6s   request sent -> answer's headers: %s%n", name, phases.percentiles(1));
        System.out.printf("%-6s   whole call:                       %s%n", name, phases.percentiles(2));
    }
}
