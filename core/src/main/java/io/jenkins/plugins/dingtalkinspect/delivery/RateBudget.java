package io.jenkins.plugins.dingtalkinspect.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One robot's rolling-window budget, shared by every sender in the process. A send waits for a slot
 * instead of being refused; after DingTalk throttles the robot, the budget is parked for the block
 * period and nobody sends until it ends.
 */
public final class RateBudget {

    /** Why a send could not get a slot before its deadline. */
    public static final class Exhausted extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient Instant throttledUntil;

        Exhausted(String message, Instant throttledUntil) {
            super(message);
            this.throttledUntil = throttledUntil;
        }

        /** Set when the robot is parked after a throttled answer. */
        public Optional<Instant> throttledUntil() {
            return Optional.ofNullable(throttledUntil);
        }
    }

    /** Every slot is in flight: check again soon, an answer will start a slot's window. */
    private static final long ALL_IN_FLIGHT_POLL_NANOS = TimeUnit.MILLISECONDS.toNanos(5);

    private volatile RateLimit limit;
    private final Clock clock;
    private final ReentrantLock lock = new ReentrantLock(true);
    private final Condition changed = lock.newCondition();
    private final List<Permit> slots = new ArrayList<>();
    private long parkedUntilNanos;
    private Instant parkedUntil;

    public RateBudget(RateLimit limit, Clock clock) {
        this.limit = limit;
        this.clock = clock;
        // nanoTime values are only comparable by difference, so "not parked" is a moment in the past
        this.parkedUntilNanos = System.nanoTime();
    }

    public RateLimit limit() {
        return limit;
    }

    /**
     * Applies an edited limit to this budget, keeping the slots already taken and any throttle
     * block: starting a fresh budget would let a whole new window's worth out at once.
     */
    public void reconfigure(RateLimit newLimit) {
        lock.lock();
        try {
            limit = newLimit;
        } finally {
            lock.unlock();
        }
    }

    /**
     * A slot taken for one request. It counts from the moment the request's answer came back
     * ({@link #close()}), not from when it left: the server saw the request somewhere in between, so
     * counting from the answer keeps every server-side window within the budget, however long the
     * request took.
     */
    public final class Permit implements AutoCloseable {
        private long doneAt;
        private boolean done;
        private final Duration waited;

        private Permit(Duration waited) {
            this.waited = waited;
        }

        public Duration waited() {
            return waited;
        }

        @Override
        public void close() {
            lock.lock();
            try {
                if (!done) {
                    // no signal: a finished slot frees nothing before its window has passed, and
                    // waking every waiter on every answer costs more than the short polls below
                    done = true;
                    doneAt = System.nanoTime();
                }
            } finally {
                lock.unlock();
            }
        }
    }

    /**
     * Takes a slot, waiting as long as needed but not past {@code deadlineNanos} ({@link System#nanoTime()}
     * scale). Close the permit when the request's answer is in.
     */
    public Permit acquire(long deadlineNanos) throws Exhausted, InterruptedException {
        long start = System.nanoTime();
        if (limit.isUnlimited()) {
            return new Permit(Duration.ZERO);
        }
        lock.lockInterruptibly();
        try {
            while (true) {
                RateLimit limit = this.limit;
                long windowNanos = limit.effectiveWindow().toNanos();
                long now = System.nanoTime();
                slots.removeIf(p -> p.done && now - p.doneAt >= windowNanos);
                long readyAt;
                if (now - parkedUntilNanos < 0) {
                    if (parkedUntilNanos - deadlineNanos > 0) {
                        throw new Exhausted(
                                "robot throttled by DingTalk until " + parkedUntil + "; not sent before the deadline",
                                parkedUntil);
                    }
                    readyAt = parkedUntilNanos;
                } else if (slots.size() < limit.messages()) {
                    Permit permit = new Permit(Duration.ofNanos(now - start));
                    slots.add(permit);
                    return permit;
                } else {
                    // the earliest finished slot frees first; if all are in flight, wait for an answer
                    readyAt = slots.stream()
                            .filter(p -> p.done)
                            .mapToLong(p -> p.doneAt + windowNanos)
                            .min()
                            .orElse(now + ALL_IN_FLIGHT_POLL_NANOS);
                }
                if (now - deadlineNanos >= 0) {
                    throw new Exhausted(
                            "rate budget of " + limit.messages() + " messages per "
                                    + limit.window().toMillis() / 1000.0 + " s stayed full until the deadline",
                            null);
                }
                long waitUntil = readyAt - deadlineNanos > 0 ? deadlineNanos : readyAt;
                changed.awaitNanos(Math.max(1, waitUntil - now));
            }
        } finally {
            lock.unlock();
        }
    }

    /** DingTalk blocked the robot: nobody sends through this budget for {@code block}. */
    public void park(Duration block) {
        lock.lock();
        try {
            long until = System.nanoTime() + block.toNanos();
            if (until - parkedUntilNanos > 0) {
                parkedUntilNanos = until;
                parkedUntil = clock.instant().plus(block);
            }
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    public Optional<Instant> parkedUntil() {
        lock.lock();
        try {
            return System.nanoTime() - parkedUntilNanos < 0 ? Optional.of(parkedUntil) : Optional.empty();
        } finally {
            lock.unlock();
        }
    }

    /** Slots taken in the current window, for diagnostics. */
    public int inWindow() {
        lock.lock();
        try {
            long now = System.nanoTime();
            long windowNanos = limit.effectiveWindow().toNanos();
            return (int) slots.stream()
                    .filter(p -> !p.done || now - p.doneAt < windowNanos)
                    .count();
        } finally {
            lock.unlock();
        }
    }

    static long deadlineAfter(Duration d) {
        return System.nanoTime() + Math.min(d.toNanos(), TimeUnit.DAYS.toNanos(365));
    }
}
