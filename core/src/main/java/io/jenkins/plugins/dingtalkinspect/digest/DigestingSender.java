package io.jenkins.plugins.dingtalkinspect.digest;

import io.jenkins.plugins.dingtalkinspect.delivery.DeliveryReport;
import io.jenkins.plugins.dingtalkinspect.delivery.RobotClient;
import io.jenkins.plugins.dingtalkinspect.inspection.CardOptions;
import io.jenkins.plugins.dingtalkinspect.inspection.CardRenderer;
import io.jenkins.plugins.dingtalkinspect.inspection.Inspection;
import io.jenkins.plugins.dingtalkinspect.robot.Robot;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutionException;

/**
 * Sends inspection cards, merging them into digests when a robot's backlog passes the threshold.
 * Below it every card goes out on its own; above it, senders queue their entries and one of them
 * (the first to queue) sends digest after digest until the queue is empty, while the rest wait for
 * the digest that carries them. Nobody's card is dropped: each sender's report names its digest.
 */
public final class DigestingSender {

    private final RobotClient client;
    private final DigestOptions options;
    private final Clock clock;
    private final ConcurrentMap<String, Backlog> backlogs = new ConcurrentHashMap<>();

    /** One robot's cards on their way: how many are sending alone, and the queue for the next digest. */
    private static final class Backlog {
        int sendingAlone;
        boolean digestLeader;
        final ArrayDeque<Queued> queue = new ArrayDeque<>();
    }

    private record Queued(DigestEntry entry, CompletableFuture<DeliveryReport> report) {}

    public DigestingSender(RobotClient client, DigestOptions options, Clock clock) {
        this.client = client;
        this.options = options;
        this.clock = clock;
    }

    public DeliveryReport send(Robot robot, Inspection inspection, CardOptions cardOptions) {
        if (!options.enabled()) {
            return client.send(robot, CardRenderer.render(inspection, cardOptions));
        }
        Backlog backlog = backlogs.computeIfAbsent(robot.budgetKey(), k -> new Backlog());
        Queued mine = null;
        boolean lead = false;
        synchronized (backlog) {
            if (backlog.sendingAlone + backlog.queue.size() < options.threshold() && backlog.queue.isEmpty()) {
                backlog.sendingAlone++;
            } else {
                mine = new Queued(DigestEntry.of(inspection), new CompletableFuture<>());
                backlog.queue.addLast(mine);
                lead = !backlog.digestLeader;
                backlog.digestLeader |= lead;
            }
        }
        if (mine == null) {
            try {
                return client.send(robot, CardRenderer.render(inspection, cardOptions));
            } finally {
                synchronized (backlog) {
                    backlog.sendingAlone--;
                }
            }
        }
        if (lead) {
            drain(robot, backlog, cardOptions);
        }
        try {
            return mine.report().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a digest", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("the digest carrying this card failed", e.getCause());
        }
    }

    /** Sends digests until the robot's queue is empty; what arrives while one is sent joins the next. */
    private void drain(Robot robot, Backlog backlog, CardOptions cardOptions) {
        while (true) {
            List<Queued> batch = new ArrayList<>();
            synchronized (backlog) {
                while (!backlog.queue.isEmpty() && batch.size() < options.maxPerDigest()) {
                    batch.add(backlog.queue.pollFirst());
                }
                if (batch.isEmpty()) {
                    backlog.digestLeader = false;
                    return;
                }
            }
            try {
                sendDigest(robot, batch, backlog, cardOptions);
            } catch (RuntimeException e) {
                batch.forEach(q -> q.report().completeExceptionally(e));
            }
        }
    }

    private void sendDigest(Robot robot, List<Queued> batch, Backlog backlog, CardOptions cardOptions) {
        List<DigestEntry> entries = batch.stream().map(Queued::entry).toList();
        DigestCard.Built digest = DigestCard.build(
                entries,
                cardOptions.language(),
                ZonedDateTime.now(clock),
                Math.min(cardOptions.maxBodyBytes(), client.options().maxBodyBytes()));
        if (digest.carried() < batch.size()) {
            synchronized (backlog) {
                List<Queued> rest = batch.subList(digest.carried(), batch.size());
                for (int i = rest.size() - 1; i >= 0; i--) {
                    backlog.queue.addFirst(rest.get(i));
                }
            }
        }
        DeliveryReport report = client.send(robot, digest.message());
        for (Queued q : batch.subList(0, digest.carried())) {
            q.report().complete(report.carriedBy(report.msgUuid()));
        }
    }
}
