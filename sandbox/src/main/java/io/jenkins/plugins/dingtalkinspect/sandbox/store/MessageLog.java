package io.jenkins.plugins.dingtalkinspect.sandbox.store;

import io.jenkins.plugins.dingtalkinspect.sandbox.RecordedMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Predicate;

/** Every request the sandbox handled, in arrival order. Thread-safe; readers get snapshots. */
public final class MessageLog {

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition added = lock.newCondition();
    private final List<RecordedMessage> messages = new ArrayList<>();

    public void add(RecordedMessage message) {
        lock.lock();
        try {
            messages.add(message);
            added.signalAll();
        } finally {
            lock.unlock();
        }
    }

    public List<RecordedMessage> all() {
        return matching(m -> true);
    }

    public List<RecordedMessage> matching(Predicate<RecordedMessage> filter) {
        lock.lock();
        try {
            return messages.stream().filter(filter).toList();
        } finally {
            lock.unlock();
        }
    }

    public void clear() {
        lock.lock();
        try {
            messages.clear();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Waits until at least {@code count} messages match, for callers that send asynchronously (a Jenkins build, a
     * client with retries). Returns the matching messages, fewer than {@code count} if the timeout passed.
     */
    public List<RecordedMessage> await(Predicate<RecordedMessage> filter, int count, Duration timeout)
            throws InterruptedException {
        long remaining = timeout.toNanos();
        lock.lock();
        try {
            while (true) {
                List<RecordedMessage> found = messages.stream().filter(filter).toList();
                if (found.size() >= count || remaining <= 0) {
                    return found;
                }
                remaining = added.awaitNanos(remaining);
            }
        } finally {
            lock.unlock();
        }
    }
}
