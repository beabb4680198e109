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
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Sends inspection cards, merging them into digests when a robot's backlog passes the threshold.
 * Below it every card goes out on its own; above it, senders queue their entries and one of them at
 * a time (the digest leader) sends digests until its own card has been carried, then hands over to
 * another waiting sender. No sender carries other builds' cards beyond its own, and nobody's card is
 * dropped: each sender's report names the digest that carried it.
 */
public final class DigestingSender {

    /** How often a waiting sender checks whether it must take over as the digest leader. */
    private static final long HANDOVER_POLL_MILLIS = 50;

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
        synchronized (backlog) {
            if (backlog.sendingAlone < options.threshold() && backlog.queue.isEmpty()) {
                backlog.sendingAlone++;
            } else {
                mine = new Queued(DigestEntry.of(inspection), new CompletableFuture<>());
                backlog.queue.addLast(mine);
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
        return awaitOrLead(robot, backlog, mine, cardOptions);
    }

    private DeliveryReport awaitOrLead(Robot robot, Backlog backlog, Queued mine, CardOptions cardOptions) {
        while (true) {
            boolean lead;
            synchronized (backlog) {
                lead = !backlog.digestLeader && !mine.report().isDone();
                backlog.digestLeader |= lead;
            }
            if (lead) {
                try {
                    drainUntilCarried(robot, backlog, mine, cardOptions);
                } finally {
                    synchronized (backlog) {
                        backlog.digestLeader = false;
                    }
                }
            }
            try {
                return mine.report().get(HANDOVER_POLL_MILLIS, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                // still queued: look again whether the leader has handed over
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for the digest carrying this card", e);
            } catch (ExecutionException e) {
                throw new IllegalStateException("the digest carrying this card failed", e.getCause());
            }
        }
    }

    /** Sends digests until {@code mine} is carried; what arrives meanwhile joins the next digest. */
    private void drainUntilCarried(Robot robot, Backlog backlog, Queued mine, CardOptions cardOptions) {
        while (!mine.report().isDone()) {
            List<Queued> batch = new ArrayList<>();
            synchronized (backlog) {
                while (!backlog.queue.isEmpty() && batch.size() < options.maxPerDigest()) {
                    batch.add(backlog.queue.pollFirst());
                }
            }
            if (batch.isEmpty()) {
                return;
            }
            try {
                sendDigest(robot, batch, backlog, mine, cardOptions);
            } catch (RuntimeException e) {
                batch.forEach(q -> q.report().completeExceptionally(e));
            }
        }
    }

    private void sendDigest(Robot robot, List<Queued> batch, Backlog backlog, Queued mine, CardOptions cardOptions) {
        List<DigestEntry> entries = batch.stream().map(Queued::entry).toList();
        DigestCard.Built digest = DigestCard.build(
                entries,
                cardOptions.language(),
                ZonedDateTime.now(clock),
                Math.min(cardOptions.maxBodyBytes(), client.options().maxBodyBytes()));
        requeue(backlog, batch.subList(digest.carried(), batch.size()));
        List<Queued> carried = batch.subList(0, digest.carried());
        DeliveryReport report = client.send(robot, digest.message());
        if (!report.delivered() && Thread.currentThread().isInterrupted()) {
            // this sender's build was stopped: only its own card shares its fate, the others wait for the next leader
            mine.report().complete(report);
            requeue(backlog, carried.stream().filter(q -> q != mine).toList());
            return;
        }
        for (Queued q : carried) {
            q.report().complete(report.carriedBy(report.msgUuid()));
        }
    }

    private static void requeue(Backlog backlog, List<Queued> rest) {
        synchronized (backlog) {
            for (int i = rest.size() - 1; i >= 0; i--) {
                backlog.queue.addFirst(rest.get(i));
            }
        }
    }
}
