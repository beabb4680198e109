package io.jenkins.plugins.dingtalkinspect.sandbox.web;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.jenkins.plugins.dingtalkinspect.sandbox.Fault;
import io.jenkins.plugins.dingtalkinspect.sandbox.RecordedMessage;
import io.jenkins.plugins.dingtalkinspect.sandbox.SandboxRobot;
import io.jenkins.plugins.dingtalkinspect.sandbox.robot.Answers;
import io.jenkins.plugins.dingtalkinspect.sandbox.robot.QueryString;
import io.jenkins.plugins.dingtalkinspect.sandbox.robot.SendDecider;
import io.jenkins.plugins.dingtalkinspect.sandbox.robot.SendRequest;
import io.jenkins.plugins.dingtalkinspect.sandbox.robot.Verdict;
import io.jenkins.plugins.dingtalkinspect.sandbox.store.MessageLog;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/** {@code POST /robot/send}: injected fault first, if one is queued, otherwise DingTalk's checks. */
public final class RobotSendHandler implements HttpHandler {

    private static final Logger LOG = Logger.getLogger(RobotSendHandler.class.getName());
    /** Recorded for answers that carry no errcode at all (an HTTP error page, a dropped connection). */
    private static final int NO_ERRCODE = -1;

    private final SendDecider decider;
    private final MessageLog log;
    private final Clock clock;
    private final Supplier<Optional<Fault>> faults;

    public RobotSendHandler(SendDecider decider, MessageLog log, Clock clock, Supplier<Optional<Fault>> faults) {
        this.decider = decider;
        this.log = log;
        this.clock = clock;
        this.faults = faults;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        if (!"POST".equals(exchange.getRequestMethod())) {
            Responses.methodNotAllowed(exchange, "POST");
            return;
        }
        Instant receivedAt = clock.instant();
        RequestBody body = RequestBody.read(exchange.getRequestBody());
        SendRequest request = new SendRequest(
                exchange.getRequestHeaders().getFirst("Content-Type"),
                QueryString.parseRaw(exchange.getRequestURI().getRawQuery()),
                body.size(),
                body.kept());
        Optional<Fault> fault = faults.get();
        if (fault.isPresent() && !(fault.get() instanceof Fault.Delay)) {
            playFault(exchange, request, fault.get(), receivedAt);
            return;
        }
        if (fault.isPresent() && !sleep(((Fault.Delay) fault.get()))) {
            exchange.close();
            return;
        }
        Verdict verdict = decider.decide(request, clock.instant());
        record(request, verdict, receivedAt, verdict.errcode(), verdict.errmsg(), 200, fault);
        Responses.errcode(exchange, 200, verdict.errcode(), verdict.errmsg());
    }

    private void playFault(HttpExchange exchange, SendRequest request, Fault fault, Instant receivedAt)
            throws IOException {
        // The normal checks still run (without counting) so the record shows what the message would have got.
        Verdict would = decider.check(request, clock.instant());
        Optional<Fault> played = Optional.of(fault);
        if (fault instanceof Fault.HttpStatus status) {
            record(request, would, receivedAt, NO_ERRCODE, "injected " + fault.describe(), status.code(), played);
            Responses.text(exchange, status.code(), "injected fault: HTTP " + status.code());
        } else if (fault instanceof Fault.Reset) {
            record(request, would, receivedAt, NO_ERRCODE, "injected connection reset", 0, played);
            // Closing before any response headers makes HttpServer drop the connection: the client reads nothing.
            exchange.close();
        } else if (fault instanceof Fault.Busy) {
            record(request, would, receivedAt, Answers.BUSY, Answers.BUSY_MSG, 200, played);
            Responses.errcode(exchange, 200, Answers.BUSY, Answers.BUSY_MSG);
        } else if (fault instanceof Fault.Errcode error) {
            record(request, would, receivedAt, error.code(), error.errmsg(), 200, played);
            Responses.errcode(exchange, 200, error.code(), error.errmsg());
        }
    }

    private static boolean sleep(Fault.Delay delay) {
        try {
            Thread.sleep(delay.duration().toMillis());
            return true;
        } catch (InterruptedException e) {
            // The sandbox is closing; give up on the request.
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private void record(
            SendRequest request,
            Verdict verdict,
            Instant receivedAt,
            int errcode,
            String errmsg,
            int httpStatus,
            Optional<Fault> fault) {
        String robotName = verdict.robot().map(SandboxRobot::name).orElse(null);
        RecordedMessage message = new RecordedMessage(
                receivedAt,
                request.accessToken(),
                robotName,
                verdict.body().msgtype(),
                verdict.body().msgUuid(),
                verdict.body().json(),
                verdict.signature(),
                errcode,
                errmsg,
                new String(request.rawBody(), StandardCharsets.UTF_8),
                verdict.duplicate() && errcode == Answers.OK,
                httpStatus,
                fault);
        log.add(message);
        // Name only: tokens, secrets and signs stay out of logs.
        LOG.log(Level.FINE, "robot {0}: {1} -> errcode {2}", new Object[] {
            robotName == null ? "(unknown token)" : robotName, message.msgtype(), errcode
        });
    }
}
