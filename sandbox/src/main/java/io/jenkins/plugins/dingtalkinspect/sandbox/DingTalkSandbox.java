package io.jenkins.plugins.dingtalkinspect.sandbox;

import com.sun.net.httpserver.HttpServer;
import io.jenkins.plugins.dingtalkinspect.sandbox.page.PageRenderer;
import io.jenkins.plugins.dingtalkinspect.sandbox.robot.SendDecider;
import io.jenkins.plugins.dingtalkinspect.sandbox.store.MessageLog;
import io.jenkins.plugins.dingtalkinspect.sandbox.web.ApiHandler;
import io.jenkins.plugins.dingtalkinspect.sandbox.web.PageHandler;
import io.jenkins.plugins.dingtalkinspect.sandbox.web.RobotSendHandler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;

/**
 * A local stand-in for DingTalk's custom-robot webhook, listening on 127.0.0.1 only. It checks what a real robot
 * checks (content type, token, signature, size, JSON, msgtype, keywords, rate limit), records every request with its
 * verdict, can inject faults, and shows the messages as chat cards at {@link #baseUri()}.
 *
 * <pre>{@code
 * try (DingTalkSandbox sandbox = DingTalkSandbox.start()) {
 *     sandbox.register(SandboxRobot.signed("ops", "token-1", "SEC..."));
 *     // point the client at sandbox.webhookEndpoint() + "?access_token=token-1"
 * }
 * }</pre>
 */
public final class DingTalkSandbox implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(DingTalkSandbox.class.getName());
    /** Held strongly: JUL keeps loggers weakly, and a collected logger would forget the level set on it. */
    private static final Logger HTTP_SERVER_LOG = Logger.getLogger("com.sun.net.httpserver");

    private static final byte[] LOOPBACK = {127, 0, 0, 1};
    private static final String NO_DELAY = "sun.net.httpserver.nodelay";

    static {
        // HttpServer writes headers and body separately; with Nagle on, every answer waits ~40 ms for the client's
        // delayed ACK, which makes a 20-message rate-limit test take a second. The JDK reads this property once,
        // when the first HttpServer is created, so it is set here unless the user chose otherwise.
        if (System.getProperty(NO_DELAY) == null) {
            System.setProperty(NO_DELAY, "true");
        }
    }

    private final Map<String, SandboxRobot> robots = new LinkedHashMap<>();
    private final MessageLog log = new MessageLog();
    private final FaultPlan faults = new FaultPlan();
    private final SendDecider decider;
    private final HttpServer server;
    private final ExecutorService executor;
    private final URI baseUri;

    private DingTalkSandbox(SandboxOptions options) throws IOException {
        quietHttpServerLog();
        options.robots().forEach(this::register);
        decider = new SendDecider(this::robot, options.defaultRateLimit());
        server = HttpServer.create(new InetSocketAddress(InetAddress.getByAddress(LOOPBACK), options.port()), 64);
        server.createContext(
                "/robot/send", new GuardedHandler(new RobotSendHandler(decider, log, options.clock(), faults::take)));
        server.createContext("/api/", new GuardedHandler(new ApiHandler(log::all, this::robots, this::clear)));
        server.createContext(
                "/",
                new GuardedHandler(
                        new PageHandler(new PageRenderer(options.clock().getZone()), log::all, this::robots)));
        executor = Executors.newCachedThreadPool(daemonThreads());
        server.setExecutor(executor);
        server.start();
        baseUri = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
        LOG.fine(() -> "DingTalk sandbox listening at " + baseUri);
    }

    /**
     * HttpServer logs every request line, query included, at FINE ({@code System.Logger} DEBUG): with JUL turned up
     * for debugging, the access token, timestamp and sign of every send would land in the log. Its logger is kept at
     * INFO or above (a level set higher by the user is left alone); the sandbox logs what it needs itself, without
     * credentials.
     */
    private static void quietHttpServerLog() {
        java.util.logging.Level level = HTTP_SERVER_LOG.getLevel();
        if (level == null || level.intValue() < java.util.logging.Level.INFO.intValue()) {
            HTTP_SERVER_LOG.setLevel(java.util.logging.Level.INFO);
        }
    }

    /** Starts on a free loopback port with DingTalk's default limits and the system clock. */
    public static DingTalkSandbox start() {
        return start(SandboxOptions.defaults());
    }

    /** Starts on {@code port} (0 for a free one). */
    public static DingTalkSandbox start(int port) {
        return start(SandboxOptions.defaults().withPort(port));
    }

    public static DingTalkSandbox start(SandboxOptions options) {
        Objects.requireNonNull(options, "options");
        try {
            return new DingTalkSandbox(options);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the DingTalk sandbox on port " + options.port(), e);
        }
    }

    /** For example {@code http://127.0.0.1:41234/}; the page is here. */
    public URI baseUri() {
        return baseUri;
    }

    /** {@code baseUri() + "robot/send"}, without query. */
    public URI webhookEndpoint() {
        return baseUri.resolve("robot/send");
    }

    /** The unsigned webhook URL for a token, as DingTalk's robot settings page would show it. */
    public URI webhookUri(String token) {
        return URI.create(webhookEndpoint() + "?access_token=" + URLEncoder.encode(token, StandardCharsets.UTF_8));
    }

    public int port() {
        return baseUri.getPort();
    }

    /** Adds a robot, or replaces the one with the same token (keeping its recorded messages and rate state). */
    public void register(SandboxRobot robot) {
        Objects.requireNonNull(robot, "robot");
        synchronized (robots) {
            robots.put(robot.token(), robot);
        }
    }

    /** The registered robots in registration order. */
    public List<SandboxRobot> robots() {
        synchronized (robots) {
            return List.copyOf(robots.values());
        }
    }

    /** Every request to {@code /robot/send} so far, oldest first, whatever its verdict. */
    public List<RecordedMessage> messages() {
        return log.all();
    }

    /** The requests that carried this access token, oldest first. */
    public List<RecordedMessage> messages(String token) {
        return log.matching(m -> m.token().equals(token));
    }

    /**
     * Waits until at least {@code count} requests have been recorded or the timeout passes, for clients that send
     * from another thread. Returns all recorded requests at that point.
     */
    public List<RecordedMessage> awaitMessages(int count, Duration timeout) throws InterruptedException {
        return log.await(m -> true, count, timeout);
    }

    /** Like {@link #awaitMessages(int, Duration)}, counting only requests with this token. */
    public List<RecordedMessage> awaitMessages(String token, int count, Duration timeout) throws InterruptedException {
        return log.await(m -> m.token().equals(token), count, timeout);
    }

    /** Forgets recorded messages, rate-limit state and seen msgUuids. Robots and queued faults stay. */
    public void clear() {
        log.clear();
        decider.clear();
    }

    public FaultPlan faults() {
        return faults;
    }

    @Override
    public void close() {
        server.stop(0);
        // Interrupts handlers sleeping in a Delay fault so closing does not wait for them.
        executor.shutdownNow();
    }

    private Optional<SandboxRobot> robot(String token) {
        synchronized (robots) {
            return Optional.ofNullable(robots.get(token));
        }
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "dingtalk-sandbox-" + count.incrementAndGet());
            // A sandbox a test forgot to close must not keep the JVM alive.
            thread.setDaemon(true);
            return thread;
        };
    }
}
