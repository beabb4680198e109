package io.jenkins.plugins.dingtalkinspect.inspection;

import static io.jenkins.plugins.dingtalkinspect.inspection.MarkdownEscaper.inline;

import io.jenkins.plugins.dingtalkinspect.robot.message.At;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The values a card template sees, every one documented in docs/cards.md ("Template context").
 * All strings are escaped with {@link MarkdownEscaper} except {@code content}, which is the
 * caller's markdown, and URLs, which are checked and percent-encoded instead.
 *
 * <p>Lists are capped so that the card without its content always fits the size limit; the rest is
 * counted in {@code …More}. In compact mode (used when even that is too big) the lists are dropped.
 */
final class CardContext {

    static final int MAX_PARAMETERS = 50;
    static final int MAX_CHANGES = 20;
    static final int MAX_CAUSES = 10;

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    /** Content that must start on its own paragraph to render: several lines, or a block at the start. */
    private static final Pattern BLOCK_START = Pattern.compile("^(#|>|[-+*] |\\d+[.)] |```|\\||---)");

    private CardContext() {}

    /** The context without content; add it with {@link #withContent}. */
    static Map<String, Object> of(Inspection inspection, CardOptions options, boolean compact) {
        CardLanguage lang = options.language();
        Level level = inspection.level();
        Map<String, Object> ctx = new LinkedHashMap<>();
        ctx.put("language", lang.tag());
        ctx.put("title", inline(inspection.title(), 200));
        ctx.put("level", level.key());
        ctx.put("info", level == Level.INFO);
        ctx.put("error", level == Level.ERROR);
        ctx.put("levelText", lang.levelText(level));
        ctx.put("levelSymbol", level == Level.ERROR ? "❌" : "✅");
        ctx.put("levelColor", level == Level.ERROR ? "#FF0000" : "#008000");
        ctx.put("header", lang.header(level));
        String author = inspection.author() != null ? inspection.author() : options.effectiveDefaultAuthor();
        ctx.put("author", inline(author, 100));
        String buildUrl = inspection.build().map(BuildFacts::buildUrl).orElse(null);
        ctx.put("url", inspection.detailsUrl() != null ? inspection.detailsUrl() : nullToEmpty(buildUrl));
        ZonedDateTime time = inspection.time();
        ctx.put("time", TIME.format(time));
        ctx.put("timeZone", zoneName(time.getZone()));
        ctx.put("timeIso", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(time.truncatedTo(ChronoUnit.SECONDS)));
        At at = inspection.mentions();
        ctx.put("mentions", at.handles());
        ctx.put("mentionsText", String.join(" ", at.handles()));
        ctx.put("atAll", at.isAtAll());
        ctx.put("hasBuild", inspection.build().isPresent());
        inspection.build().ifPresent(b -> ctx.put("build", build(b, options, compact)));
        return withContent(ctx, "");
    }

    /**
     * The zone's id, or {@code UTC} for every zone fixed at offset zero ({@code Z}, {@code UTC},
     * {@code Etc/UTC}, {@code GMT}, {@code Etc/GMT}, {@code UT}…), so that a UTC host reads the same
     * as an explicit UTC time. A zone that is at zero only part of the year (Europe/London) keeps
     * its id.
     */
    static String zoneName(ZoneId zone) {
        ZoneRules rules = zone.getRules();
        return rules.isFixedOffset() && rules.getOffset(Instant.EPOCH).equals(ZoneOffset.UTC) ? "UTC" : zone.getId();
    }

    /** A copy of {@code ctx} with {@code content} set (stripped) and {@code contentBlock} to match. */
    static Map<String, Object> withContent(Map<String, Object> ctx, String content) {
        Map<String, Object> copy = new LinkedHashMap<>(ctx);
        String text = content.strip();
        copy.put("content", text);
        copy.put(
                "contentBlock", text.contains("\n") || BLOCK_START.matcher(text).find());
        return copy;
    }

    private static Map<String, Object> build(BuildFacts b, CardOptions options, boolean compact) {
        CardLanguage lang = options.language();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("jobFullName", inline(b.jobFullName(), 200));
        m.put("jobName", inline(b.jobDisplayName(), 200));
        m.put("number", b.buildNumber());
        m.put("displayName", inline(b.buildDisplayName(), 100));
        m.put("result", b.result().name());
        m.put("resultText", lang.resultText(b.result()));
        m.put("resultSymbol", b.result().symbol());
        m.put("running", b.result() == BuildResult.RUNNING);
        m.put("duration", lang.duration(b.duration()));
        m.put("durationMillis", b.duration() == null ? 0L : b.duration().toMillis());
        m.put("url", nullToEmpty(b.buildUrl()));
        m.put("consoleUrl", nullToEmpty(b.consoleUrl()));
        List<BuildFacts.Parameter> params = options.includeParameters() && !compact ? b.parameters() : List.of();
        m.put(
                "parameters",
                capped(params, MAX_PARAMETERS).stream()
                        .map(CardContext::parameter)
                        .toList());
        m.put("parametersMore", Math.max(0, params.size() - MAX_PARAMETERS));
        m.put("hasParameters", !params.isEmpty());
        List<String> causes = compact ? List.of() : capped(b.causes(), MAX_CAUSES);
        List<String> shownCauses = causes.stream().map(c -> inline(c, 200)).toList();
        m.put("causes", shownCauses);
        m.put("causesText", String.join(lang.listSeparator(), shownCauses));
        m.put("triggeredBy", b.triggeredBy() == null ? "" : inline(b.triggeredBy(), 100));
        List<BuildFacts.Change> changes = compact ? List.of() : b.changes();
        m.put(
                "changes",
                capped(changes, MAX_CHANGES).stream().map(CardContext::change).toList());
        m.put("changesMore", Math.max(0, changes.size() - MAX_CHANGES));
        m.put("hasChanges", !changes.isEmpty());
        m.put("hasTests", b.tests() != null);
        if (b.tests() != null) {
            m.put("tests", tests(b.tests()));
        }
        m.put("trimmed", compact);
        return m;
    }

    private static Map<String, Object> parameter(BuildFacts.Parameter p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", inline(p.name(), 100));
        m.put("value", p.sensitive() ? inline("****") : inline(p.value(), 300));
        m.put("sensitive", p.sensitive());
        return m;
    }

    private static Map<String, Object> change(BuildFacts.Change c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("commitId", inline(c.commitId(), 64));
        m.put("shortId", inline(shortId(c.commitId()), 64));
        m.put("author", inline(c.author(), 100));
        m.put("message", inline(c.message().strip().lines().findFirst().orElse(""), 200));
        return m;
    }

    private static Map<String, Object> tests(BuildFacts.TestSummary t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("passed", t.passed());
        m.put("failed", t.failed());
        m.put("skipped", t.skipped());
        m.put("total", t.total());
        return m;
    }

    /** Git and Mercurial ids read as their first 8 hex digits; other ids are shown whole. */
    static String shortId(String id) {
        return id.length() > 12 && id.chars().allMatch(c -> Character.digit(c, 16) >= 0) ? id.substring(0, 8) : id;
    }

    private static <T> List<T> capped(List<T> list, int max) {
        return list.size() <= max ? list : new ArrayList<>(list.subList(0, max));
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
