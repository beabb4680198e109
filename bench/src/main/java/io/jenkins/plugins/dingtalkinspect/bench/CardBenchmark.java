package io.jenkins.plugins.dingtalkinspect.bench;

import io.jenkins.plugins.dingtalkinspect.delivery.PreparedMessage;
import io.jenkins.plugins.dingtalkinspect.inspection.CardLanguage;
import io.jenkins.plugins.dingtalkinspect.inspection.CardOptions;
import io.jenkins.plugins.dingtalkinspect.inspection.CardRenderer;
import io.jenkins.plugins.dingtalkinspect.inspection.Inspection;
import io.jenkins.plugins.dingtalkinspect.inspection.template.MarkdownTemplate;
import io.jenkins.plugins.dingtalkinspect.robot.Robot;
import io.jenkins.plugins.dingtalkinspect.robot.Signer;
import io.jenkins.plugins.dingtalkinspect.robot.message.MarkdownMessage;
import io.jenkins.plugins.dingtalkinspect.robot.message.SizeGuard;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * What one card costs the CPU before it reaches the network: rendering the zh_CN error card,
 * preparing it for a robot (mentions, keyword, size guard, msgUuid, JSON bytes) and signing the
 * request; and each of those steps alone. No I/O.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Benchmark)
public class CardBenchmark {

    private Inspection inspection;
    private CardOptions options;
    private Robot robot;
    private String secret;
    private MarkdownMessage rendered;
    private String defaultTemplate;

    @Setup
    public void setUp() {
        inspection = Fixtures.errorInspection();
        options = Fixtures.zhCnOptions();
        // the endpoint is never contacted here; a keyword makes prepare() check the text for it
        robot = Robot.of(Robot.DEFAULT_ENDPOINT, Fixtures.TOKEN, Fixtures.SECRET, List.of("巡检"));
        secret = robot.secret().orElseThrow();
        rendered = CardRenderer.render(inspection, options);
        defaultTemplate = CardRenderer.defaultTemplate(CardLanguage.ZH_CN);
    }

    /** The whole per-card cost: render, prepare to bytes, sign. */
    @Benchmark
    public void renderPrepareSign(Blackhole bh) {
        MarkdownMessage card = CardRenderer.render(inspection, options);
        PreparedMessage prepared = PreparedMessage.prepare(robot, card, SizeGuard.MAX_BODY_BYTES);
        bh.consume(prepared.body());
        bh.consume(Signer.signForQuery(secret, System.currentTimeMillis()));
    }

    /** Rendering alone (template compile and execute, card sizing). */
    @Benchmark
    public MarkdownMessage render() {
        return CardRenderer.render(inspection, options);
    }

    /** Preparing an already rendered card alone (mentions, keyword, size guard, UUID, JSON bytes). */
    @Benchmark
    public byte[] prepare() {
        return PreparedMessage.prepare(robot, rendered, SizeGuard.MAX_BODY_BYTES)
                .body();
    }

    /**
     * Part of {@link #render()}: compiling the zh_CN default template (tag scan and jmustache
     * compile), which render does for every card.
     */
    @Benchmark
    public MarkdownTemplate compileTemplate() {
        return MarkdownTemplate.compile("defaultTemplate", defaultTemplate);
    }

    /** Signing alone: HmacSHA256, Base64, URL-encoding. */
    @Benchmark
    public String sign() {
        return Signer.signForQuery(secret, System.currentTimeMillis());
    }
}
