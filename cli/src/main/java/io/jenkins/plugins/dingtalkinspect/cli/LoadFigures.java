package io.jenkins.plugins.dingtalkinspect.cli;

import io.jenkins.plugins.dingtalkinspect.delivery.DeliveryReport;
import io.jenkins.plugins.dingtalkinspect.sandbox.RecordedMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The figures of a load run, computed from the senders' reports and the sandbox's own record. */
record LoadFigures(
        int sent,
        int delivered,
        int throttled,
        int lost,
        int failed,
        int digests,
        int requests,
        long elapsedMs,
        long minimumMs,
        int maxInWindow) {

    static LoadFigures of(
            List<DeliveryReport> reports,
            List<RecordedMessage> record,
            int sent,
            int limit,
            Duration window,
            long elapsedMs) {
        int delivered = (int) reports.stream().filter(DeliveryReport::delivered).count();
        int failed = reports.size() - delivered;
        int throttled = (int) record.stream().filter(m -> m.errcode() == 130101).count();
        Set<String> accepted = new HashSet<>();
        Map<String, List<Long>> arrivals = new HashMap<>();
        for (RecordedMessage m : record) {
            if (m.errcode() == 0 && !m.duplicate()) {
                accepted.add(m.msgUuid());
                arrivals.computeIfAbsent(m.robotName(), k -> new ArrayList<>())
                        .add(m.receivedAt().toEpochMilli() * 1_000_000L
                                + m.receivedAt().getNano() % 1_000_000);
            }
        }
        // reported delivered but never accepted by the server: lost without anyone knowing
        int lost = (int) reports.stream()
                .filter(r -> r.delivered() && !accepted.contains(r.carriedBy().orElse(r.msgUuid())))
                .count();
        int digests = (int)
                reports.stream().flatMap(r -> r.carriedBy().stream()).distinct().count();
        int perRobot = arrivals.isEmpty() ? 0 : sent / arrivals.size();
        long minimumMs = perRobot <= limit ? 0 : ((perRobot - 1) / limit) * window.toMillis();
        int maxInWindow = 0;
        for (List<Long> times : arrivals.values()) {
            times.sort(Long::compare);
            int start = 0;
            for (int end = 0; end < times.size(); end++) {
                while (times.get(end) - times.get(start) >= window.toNanos()) {
                    start++;
                }
                maxInWindow = Math.max(maxInWindow, end - start + 1);
            }
        }
        return new LoadFigures(
                sent, delivered, throttled, lost, failed, digests, accepted.size(), elapsedMs, minimumMs, maxInWindow);
    }

    Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("sent", sent);
        map.put("delivered", delivered);
        map.put("throttled", throttled);
        map.put("lost", lost);
        map.put("failed", failed);
        map.put("digests", digests);
        map.put("requests", requests);
        map.put("elapsedMs", elapsedMs);
        map.put("minimumMs", minimumMs);
        map.put("ratio", minimumMs == 0 ? null : Math.round(elapsedMs * 1000.0 / minimumMs) / 1000.0);
        map.put("maxInWindow", maxInWindow);
        return map;
    }

    String toText() {
        return "sent " + sent + ", delivered " + delivered + ", throttled answers " + throttled + ", lost " + lost
                + ", failed " + failed + ", digests " + digests + ", messages accepted by DingTalk " + requests
                + ", elapsed " + elapsedMs + " ms (minimum the budget allows: " + minimumMs
                + " ms), most in any window: " + maxInWindow;
    }
}
