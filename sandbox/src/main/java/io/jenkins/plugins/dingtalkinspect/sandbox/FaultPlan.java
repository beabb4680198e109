package io.jenkins.plugins.dingtalkinspect.sandbox;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.Optional;

/**
 * Faults queued for the next requests to {@code /robot/send}, whatever their robot. Each request takes at most one
 * fault, in the order they were queued. Thread-safe.
 */
public final class FaultPlan {

    private final Deque<Fault> queue = new ArrayDeque<>();

    /** The next {@code n} requests to {@code /robot/send} get {@code fault}. */
    public synchronized FaultPlan failNext(int n, Fault fault) {
        Objects.requireNonNull(fault, "fault");
        if (n < 0) {
            throw new IllegalArgumentException("n must not be negative: " + n);
        }
        for (int i = 0; i < n; i++) {
            queue.addLast(fault);
        }
        return this;
    }

    /** The next request gets {@code fault}. */
    public FaultPlan failNext(Fault fault) {
        return failNext(1, fault);
    }

    public synchronized int pending() {
        return queue.size();
    }

    public synchronized void clear() {
        queue.clear();
    }

    /** Takes the fault for the request being handled now, if any. */
    synchronized Optional<Fault> take() {
        return Optional.ofNullable(queue.pollFirst());
    }
}
