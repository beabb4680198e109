package io.jenkins.plugins.dingtalkinspect.digest;

import io.jenkins.plugins.dingtalkinspect.delivery.DeliveryOptions;
import io.jenkins.plugins.dingtalkinspect.delivery.RobotClient;
import java.time.Clock;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Function;

/**
 * The digesting senders of a process, one per distinct pair of delivery and digest options. A
 * {@link DigestingSender} keeps each robot's backlog, so every send to a robot must go through the
 * same instance for bursts to be merged: a long-lived caller (the Jenkins plugin) keeps one
 * {@code DigestingSenders} for the whole process and asks it for the sender of each send's options
 * instead of creating a sender per send. Changed options (an admin edited them) get a new sender;
 * sends already under way finish with the old one.
 */
public final class DigestingSenders {

    private record Key(DeliveryOptions delivery, DigestOptions digest) {}

    private final Function<DeliveryOptions, RobotClient> clients;
    private final Clock clock;
    private final ConcurrentMap<Key, DigestingSender> senders = new ConcurrentHashMap<>();

    /**
     * @param clients makes the client a new sender delivers with (called once per distinct options);
     *     clients should share the process's rate budgets ({@code RateBudgets.shared()})
     * @param clock for the time shown on digest cards
     */
    public DigestingSenders(Function<DeliveryOptions, RobotClient> clients, Clock clock) {
        this.clients = Objects.requireNonNull(clients, "clients");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The sender for these options, the same instance every time they are asked for. */
    public DigestingSender sender(DeliveryOptions delivery, DigestOptions digest) {
        Key key = new Key(Objects.requireNonNull(delivery, "delivery"), Objects.requireNonNull(digest, "digest"));
        return senders.computeIfAbsent(key, k -> new DigestingSender(clients.apply(k.delivery()), k.digest(), clock));
    }
}
