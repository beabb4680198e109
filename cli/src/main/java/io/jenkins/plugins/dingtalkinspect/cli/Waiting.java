package io.jenkins.plugins.dingtalkinspect.cli;

import java.util.concurrent.CountDownLatch;

/** Keeps a serving command alive until Ctrl+C (JVM shutdown) or, in tests, an interrupt. */
final class Waiting {

    private Waiting() {}

    /** Returns normally when interrupted: stopping a server is not an error. */
    static void untilStopped() {
        try {
            new CountDownLatch(1).await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
