package io.jenkins.plugins.dingtalkinspect.digest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.dingtalkinspect.delivery.DeliveryOptions;
import io.jenkins.plugins.dingtalkinspect.delivery.DeliveryReport;
import io.jenkins.plugins.dingtalkinspect.delivery.RateBudgets;
import io.jenkins.plugins.dingtalkinspect.delivery.RateLimit;
import io.jenkins.plugins.dingtalkinspect.delivery.RobotClient;
import io.jenkins.plugins.dingtalkinspect.inspection.CardLanguage;
import io.jenkins.plugins.dingtalkinspect.inspection.CardOptions;
import io.jenkins.plugins.dingtalkinspect.inspection.Inspection;
import io.jenkins.plugins.dingtalkinspect.inspection.Level;
import io.jenkins.plugins.dingtalkinspect.robot.Robot;
import io.jenkins.plugins.dingtalkinspect.robot.message.MessageJson;
import io.jenkins.plugins.dingtalkinspect.sandbox.DingTalkSandbox;
import io.jenkins.plugins.dingtalkinspect.sandbox.Fault;
import io.jenkins.plugins.dingtalkinspect.sandbox.RecordedMessage;
import io.jenkins.plugins.dingtalkinspect.sandbox.SandboxOptions;
import io.jenkins.plugins.dingtalkinspect.sandbox.SandboxRobot;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DigestTest {

    private static final ZonedDateTime TIME = ZonedDateTime.of(2026, 12, 4, 9, 30, 0, 0, ZoneId.of("Asia/Shanghai"));

    @Test
    void aDigestCountsPerLevelAndListsErrorsFirstWithTheirLinks() {
        List<DigestEntry> entries = List.of(
                new DigestEntry(Level.INFO, "备份检查", "https://ci.example.com/job/backup/1/"),
                new DigestEntry(Level.ERROR, "磁盘 [满](http://evil)", "https://ci.example.com/job/disk/2/"),
                new DigestEntry(Level.INFO, "证书有效期", null));

        DigestCard.Built built = DigestCard.build(entries, CardLanguage.ZH_CN, TIME, 20_000);

        assertThat(built.carried()).isEqualTo(3);
        assertThat(built.message().title()).isEqualTo("[巡检] 汇总 3 条：❌ 异常 1 条，✅ 正常 2 条");
        String text = built.message().text();
        assertThat(text).contains("<font color=\"#FF0000\">[巡检] 巡检汇总</font>");
        assertThat(text.indexOf("- ❌ [磁盘 ［满］(http://evil)](https://ci.example.com/job/disk/2/)"))
                .isPositive()
                .isLessThan(text.indexOf("- ✅ [备份检查](https://ci.example.com/job/backup/1/)"));
        assertThat(text).contains("- ✅ 证书有效期\n").contains("2026-12-04 09:30:00 (Asia/Shanghai)");
        assertThat(DigestCard.build(entries.subList(0, 1), CardLanguage.EN, TIME, 20_000)
                        .message()
                        .title())
                .isEqualTo("[Inspection] Digest of 1: ❌ 0 failed, ✅ 1 ok");
    }

    @Test
    void aDigestThatWouldBeTooLargeCarriesFewerAndLeavesTheRest() {
        List<DigestEntry> entries = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            entries.add(new DigestEntry(Level.ERROR, i + " 巡检".repeat(60), "https://ci.example.com/job/x/" + i + "/"));
        }
        DigestCard.Built built = DigestCard.build(entries, CardLanguage.ZH_CN, TIME, 20_000);
        assertThat(built.carried()).isBetween(20, 99);
        assertThat(MessageJson.toBytes(built.message(), "00000000-0000-0000-0000-000000000000").length)
                .isLessThanOrEqualTo(20_000);
    }

    @Test
    void optionsValidateTheirFields() {
        assertThatThrownBy(() -> new DigestOptions(true, 0, 50)).hasMessageStartingWith("digest.threshold:");
        assertThatThrownBy(() -> new DigestOptions(true, 5, 1)).hasMessageStartingWith("digest.maxPerDigest:");
        assertThat(DigestOptions.off().enabled()).isFalse();
        assertThat(DigestOptions.after(10).threshold()).isEqualTo(10);
    }

    @Test
    void aBurstIsMergedIntoDigestsAndEverySenderLearnsWhichDigestCarriedIt() throws Exception {
        Duration window = Duration.ofMillis(1500);
        try (DingTalkSandbox sandbox = DingTalkSandbox.start(SandboxOptions.defaults()
                .withDefaultRateLimit(
                        io.jenkins.plugins.dingtalkinspect.sandbox.RateLimit.of(10, window, Duration.ofSeconds(10))))) {
            sandbox.register(SandboxRobot.signed("digest", "digest-robot-token-1", "SECdigest000000001"));
            Robot robot = Robot.of(sandbox.webhookEndpoint(), "digest-robot-token-1", "SECdigest000000001", List.of());
            RobotClient client = new RobotClient(
                    null,
                    DeliveryOptions.defaults()
                            .withRateLimit(RateLimit.of(10, window))
                            .withDeadline(Duration.ofSeconds(30)),
                    Clock.systemUTC(),
                    new RateBudgets(Clock.systemUTC()));
            DigestingSender sender = new DigestingSender(client, DigestOptions.after(5), Clock.systemUTC());
            ExecutorService pool = Executors.newFixedThreadPool(30);
            List<Future<DeliveryReport>> futures = new ArrayList<>();
            long start = System.nanoTime();
            for (int i = 0; i < 60; i++) {
                Inspection card = Inspection.builder("nightly job " + i)
                        .content("failed")
                        .level(i % 3 == 0 ? Level.ERROR : Level.INFO)
                        .detailsUrl("https://ci.example.com/job/nightly/" + i + "/")
                        .build();
                futures.add(pool.submit(() -> sender.send(robot, card, CardOptions.defaults())));
            }
            List<DeliveryReport> reports = new ArrayList<>();
            for (Future<DeliveryReport> f : futures) {
                reports.add(f.get());
            }
            long elapsedMs = Duration.ofNanos(System.nanoTime() - start).toMillis();
            pool.shutdown();

            assertThat(reports)
                    .allSatisfy(r -> assertThat(r.delivered()).as(r.summary()).isTrue());
            List<RecordedMessage> received = sandbox.messages();
            assertThat(received).allSatisfy(m -> assertThat(m.errcode()).isZero());
            // sent alone or carried: every card is accounted for, and no digest is lost
            Set<String> digestUuids = reports.stream()
                    .filter(r -> r.carriedBy().isPresent())
                    .map(r -> r.carriedBy().get())
                    .collect(Collectors.toSet());
            assertThat(digestUuids).isNotEmpty();
            assertThat(received).extracting(RecordedMessage::msgUuid).containsAll(digestUuids);
            List<RecordedMessage> digests = received.stream()
                    .filter(m -> digestUuids.contains(m.msgUuid()))
                    .toList();
            int carried = 0;
            for (RecordedMessage digest : digests) {
                String text = digest.body().at("/markdown/text").asText();
                carried += (int) text.lines().filter(l -> l.startsWith("- ")).count();
            }
            long alone = reports.stream().filter(r -> r.carriedBy().isEmpty()).count();
            assertThat(alone + carried).isEqualTo(60);
            assertThat(received).hasSize((int) alone + digests.size()).hasSizeLessThan(30);
            // 60 cards one by one would need 5 windows of 1.5 s
            assertThat(elapsedMs).isLessThan(5 * window.toMillis());
            assertThat(reports.get(59).toMap()).containsKey("carriedBy");
        }
    }

    @Test
    void theRegistryGivesOneSenderPerOptionsAndMakesEachClientOnce() {
        List<DeliveryOptions> made = new ArrayList<>();
        DigestingSenders senders = new DigestingSenders(
                options -> {
                    made.add(options);
                    return new RobotClient(null, options, Clock.systemUTC(), new RateBudgets(Clock.systemUTC()));
                },
                Clock.systemUTC());
        DeliveryOptions delivery = DeliveryOptions.defaults();
        DigestingSender first = senders.sender(delivery, DigestOptions.after(5));
        assertThat(senders.sender(DeliveryOptions.defaults(), new DigestOptions(true, 5, 50)))
                .isSameAs(first);
        assertThat(senders.sender(delivery, DigestOptions.after(6))).isNotSameAs(first);
        assertThat(senders.sender(delivery.withDeadline(Duration.ofSeconds(5)), DigestOptions.after(5)))
                .isNotSameAs(first);
        assertThat(senders.sender(delivery, DigestOptions.off())).isNotSameAs(first);
        assertThat(made).hasSize(4);
        assertThatThrownBy(() -> senders.sender(null, DigestOptions.off())).isInstanceOf(NullPointerException.class);
    }

    @Test
    void sendersAskedForPerSendShareTheRobotsBacklog() throws Exception {
        try (DingTalkSandbox sandbox = DingTalkSandbox.start()) {
            sandbox.register(SandboxRobot.tokenOnly("shared", "digest-robot-token-3"));
            Robot robot = Robot.of(sandbox.webhookEndpoint(), "digest-robot-token-3", null, List.of());
            RateBudgets budgets = new RateBudgets(Clock.systemUTC());
            DigestingSenders senders = new DigestingSenders(
                    options -> new RobotClient(null, options, Clock.systemUTC(), budgets), Clock.systemUTC());
            DeliveryOptions delivery = DeliveryOptions.defaults().withDeadline(Duration.ofSeconds(30));
            // the first card is held at "DingTalk" for a while: the robot has one card on its way
            sandbox.faults().failNext(Fault.delay(Duration.ofSeconds(2)));
            ExecutorService pool = Executors.newFixedThreadPool(6);
            Future<DeliveryReport> alone = pool.submit(() -> senders.sender(delivery, DigestOptions.after(1))
                    .send(robot, card("first"), CardOptions.of(CardLanguage.EN)));
            Thread.sleep(500);
            List<Future<DeliveryReport>> burst = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                Inspection card = card("burst " + i);
                // as the plugin does: the sender is looked up on every send
                burst.add(pool.submit(() -> senders.sender(delivery, DigestOptions.after(1))
                        .send(robot, card, CardOptions.of(CardLanguage.EN))));
            }
            assertThat(alone.get().carriedBy()).isEmpty();
            List<DeliveryReport> reports = new ArrayList<>();
            for (Future<DeliveryReport> f : burst) {
                reports.add(f.get());
            }
            pool.shutdown();

            assertThat(reports).allSatisfy(r -> {
                assertThat(r.delivered()).as(r.summary()).isTrue();
                assertThat(r.carriedBy()).as("carried by a digest").isPresent();
            });
            List<RecordedMessage> received = sandbox.messages();
            assertThat(received).hasSizeLessThanOrEqualTo(1 + 5);
            Set<String> digestUuids =
                    reports.stream().map(r -> r.carriedBy().get()).collect(Collectors.toSet());
            int carried = 0;
            for (RecordedMessage m : received) {
                if (digestUuids.contains(m.msgUuid())) {
                    carried += (int) m.body()
                            .at("/markdown/text")
                            .asText()
                            .lines()
                            .filter(l -> l.startsWith("- "))
                            .count();
                }
            }
            assertThat(carried).isEqualTo(5);
        }
    }

    private static Inspection card(String title) {
        return Inspection.builder(title).content("c").level(Level.INFO).build();
    }

    @Test
    void offSendsEveryCardAlone() throws Exception {
        try (DingTalkSandbox sandbox = DingTalkSandbox.start()) {
            sandbox.register(SandboxRobot.tokenOnly("plain", "digest-robot-token-2"));
            Robot robot = Robot.of(sandbox.webhookEndpoint(), "digest-robot-token-2", null, List.of());
            DigestingSender sender = new DigestingSender(
                    new RobotClient(DeliveryOptions.defaults()), DigestOptions.off(), Clock.systemUTC());
            DeliveryReport report = sender.send(
                    robot,
                    Inspection.builder("t").content("c").level(Level.INFO).build(),
                    CardOptions.of(CardLanguage.EN));
            assertThat(report.delivered()).isTrue();
            assertThat(report.carriedBy()).isEmpty();
            assertThat(sandbox.messages()).hasSize(1);
        }
    }
}
