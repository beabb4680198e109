package io.jenkins.plugins.dingtalkinspect.sandbox;

import java.time.Duration;
import java.util.Objects;

/** A failure the sandbox plays instead of (or before) its normal answer; see {@link FaultPlan}. */
public sealed interface Fault permits Fault.HttpStatus, Fault.Delay, Fault.Reset, Fault.Busy, Fault.Errcode {

    /** Answer this HTTP status with a short plain-text body, like a gateway in front of DingTalk would. */
    record HttpStatus(int code) implements Fault {
        public HttpStatus {
            if (code < 100 || code > 599) {
                throw new IllegalArgumentException("not an HTTP status: " + code);
            }
        }
    }

    /** Wait, then answer normally: the message is still delivered even if the client gave up. */
    record Delay(Duration duration) implements Fault {
        public Delay {
            Objects.requireNonNull(duration, "duration");
            if (duration.isNegative()) {
                throw new IllegalArgumentException("negative delay");
            }
        }
    }

    /**
     * Drop the connection without sending any response bytes. The JDK's HttpClient reports an IOException; clients
     * that silently retry on a kept-alive connection (OkHttp's {@code retryOnConnectionFailure}, on by default) may
     * resend, which takes the next queued fault or gets a normal answer.
     */
    record Reset() implements Fault {}

    /** HTTP 200 with {@code {"errcode":-1,"errmsg":"系统繁忙"}}. */
    record Busy() implements Fault {}

    /** HTTP 200 with the given business error. */
    record Errcode(int code, String errmsg) implements Fault {
        public Errcode {
            Objects.requireNonNull(errmsg, "errmsg");
        }
    }

    static Fault httpStatus(int code) {
        return new HttpStatus(code);
    }

    static Fault delay(Duration duration) {
        return new Delay(duration);
    }

    static Fault reset() {
        return new Reset();
    }

    static Fault busy() {
        return new Busy();
    }

    static Fault errcode(int code, String errmsg) {
        return new Errcode(code, errmsg);
    }

    /** A short label for the page and the JSON API. */
    default String describe() {
        if (this instanceof HttpStatus s) {
            return "HTTP " + s.code();
        } else if (this instanceof Delay d) {
            return "delay " + d.duration().toMillis() + " ms";
        } else if (this instanceof Reset) {
            return "connection reset";
        } else if (this instanceof Busy) {
            return "busy";
        } else {
            Errcode e = (Errcode) this;
            return "errcode " + e.code();
        }
    }
}
