package io.jenkins.plugins.dingtalkinspect.inspection;

import io.jenkins.plugins.dingtalkinspect.inspection.template.KeyCheck;
import io.jenkins.plugins.dingtalkinspect.inspection.template.MarkdownTemplate;
import io.jenkins.plugins.dingtalkinspect.inspection.template.TemplateScanner;
import io.jenkins.plugins.dingtalkinspect.inspection.template.TemplateSyntaxException;
import io.jenkins.plugins.dingtalkinspect.robot.message.At;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Checks a custom card template before it is used (plugin form validation, the CLI's check
 * command). A syntax error makes the template unusable; an unknown key only renders empty, but is
 * nearly always a typo, so it is reported too.
 */
public final class TemplateCheck {

    /** A context with every key present and every list non-empty: the shape all contexts share. */
    private static final Map<String, Object> SAMPLE =
            CardContext.withContent(CardContext.of(sampleInspection(), CardOptions.defaults(), false), "sample");

    private TemplateCheck() {}

    /** The template's problems, in template order; empty when it is fine. */
    public static List<TemplateProblem> check(String template) {
        MarkdownTemplate compiled;
        try {
            compiled = MarkdownTemplate.compile("template", template == null ? "" : template);
        } catch (TemplateSyntaxException e) {
            return List.of(
                    new TemplateProblem(TemplateProblem.Kind.SYNTAX_ERROR, e.line(), e.column(), null, e.problem()));
        }
        List<TemplateProblem> problems = new ArrayList<>();
        for (TemplateScanner.Tag tag : KeyCheck.unknownKeys(compiled.tags(), SAMPLE)) {
            problems.add(new TemplateProblem(
                    TemplateProblem.Kind.UNKNOWN_KEY,
                    tag.line(),
                    tag.column(),
                    tag.name(),
                    "unknown key '" + tag.name() + "' (renders empty); see docs/cards.md for the keys"));
        }
        return problems;
    }

    /**
     * Whether a template with these problems can still be used: no problem is an
     * {@link TemplateProblem.Severity#ERROR error} (warnings, such as unknown keys, render empty).
     */
    public static boolean usable(List<TemplateProblem> problems) {
        return problems.stream().noneMatch(p -> p.severity() == TemplateProblem.Severity.ERROR);
    }

    /**
     * Every key of the template context as written in a template, sorted: {@code title},
     * {@code build.result}, list items as {@code build.parameters[].name}.
     */
    public static List<String> contextKeys() {
        TreeSet<String> keys = new TreeSet<>();
        collect("", SAMPLE, keys);
        return List.copyOf(keys);
    }

    private static void collect(String prefix, Map<?, ?> map, TreeSet<String> keys) {
        for (Map.Entry<?, ?> e : map.entrySet()) {
            String key = prefix + e.getKey();
            keys.add(key);
            if (e.getValue() instanceof Map<?, ?> inner) {
                collect(key + ".", inner, keys);
            } else if (e.getValue() instanceof List<?> list
                    && !list.isEmpty()
                    && list.get(0) instanceof Map<?, ?> item) {
                collect(key + "[].", item, keys);
            }
        }
    }

    private static Inspection sampleInspection() {
        BuildFacts build = BuildFacts.builder("folder/job", 1)
                .result(BuildResult.FAILURE)
                .duration(Duration.ofSeconds(1))
                .buildUrl("https://jenkins.example.com/job/folder/job/job/1/")
                .parameter("name", "value")
                .cause("cause")
                .triggeredBy("user")
                .change("0123456789abcdef", "author", "message")
                .tests(1, 1, 1)
                .build();
        return Inspection.builder("title")
                .author("author")
                .time(ZonedDateTime.of(2026, 1, 1, 0, 0, 0, 0, ZoneId.of("Asia/Shanghai")))
                .buildFacts(build)
                .mentions(At.mobiles("13800000000"))
                .build();
    }
}
