package io.jenkins.plugins.dingtalkinspect.inspection.template;

import com.samskivert.mustache.BasicCollector;
import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.MustacheException;
import com.samskivert.mustache.Template;
import io.jenkins.plugins.dingtalkinspect.robot.InvalidInputException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A compiled jmustache template that writes markdown.
 *
 * <p>The compiler is set up for markdown, not HTML: no HTML escaping (the context's values are
 * escaped for markdown before they get here), a missing key or {@code null} renders as nothing, and
 * an empty string or {@code 0} counts as false in a section so {@code {{#url}}…{{/url}}} hides a
 * line that would otherwise be empty.
 */
public final class MarkdownTemplate {

    private static final Mustache.Compiler COMPILER = Mustache.compiler()
            .escapeHTML(false)
            .defaultValue("")
            .emptyStringIsFalse(true)
            .zeroIsFalse(true)
            .withCollector(new MapsAndListsOnly());

    private static final Pattern JMUSTACHE_LINE = Pattern.compile("\\s*@ line (\\d+)\\s*$");

    /**
     * jmustache's default collector also reads fields and calls getters of any object by
     * reflection, so {@code {{#title}}{{bytes}}{{/title}}} would reach {@code String.getBytes()};
     * a card's context is maps and lists, so nothing else is looked into.
     */
    private static final class MapsAndListsOnly extends BasicCollector {
        @Override
        public <K, V> Map<K, V> createFetcherCache() {
            return new ConcurrentHashMap<>();
        }
    }

    private final String field;
    private final Template template;
    private final List<TemplateScanner.Tag> tags;

    private MarkdownTemplate(String field, Template template, List<TemplateScanner.Tag> tags) {
        this.field = field;
        this.template = template;
        this.tags = tags;
    }

    /**
     * Compiles {@code source}.
     *
     * @param field names the template in errors, e.g. {@code template.error}
     * @throws TemplateSyntaxException if it does not parse, with line and column
     */
    public static MarkdownTemplate compile(String field, String source) {
        List<TemplateScanner.Tag> tags = TemplateScanner.scan(field, source);
        try {
            return new MarkdownTemplate(field, COMPILER.compile(source), tags);
        } catch (RuntimeException e) {
            throw translate(field, e, tags);
        }
    }

    /** The template's tags in order, with positions. */
    public List<TemplateScanner.Tag> tags() {
        return tags;
    }

    /** Renders with a context of plain values (strings, numbers, booleans, lists and maps of those). */
    public String execute(Map<String, ?> context) {
        try {
            return template.execute(context);
        } catch (MustacheException e) {
            throw new InvalidInputException(field, "cannot be rendered: " + e.getMessage());
        }
    }

    /**
     * The scanner accepts what jmustache accepts as far as it is known; should jmustache still
     * object, its line is kept and the column is that of the line's first tag (jmustache gives none).
     */
    static InvalidInputException translate(String field, RuntimeException e, List<TemplateScanner.Tag> tags) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        Matcher m = JMUSTACHE_LINE.matcher(message);
        if (!m.find()) {
            return new InvalidInputException(field, "does not parse: " + message);
        }
        int line = Integer.parseInt(m.group(1));
        int column = tags.stream()
                .filter(t -> t.line() == line)
                .mapToInt(TemplateScanner.Tag::column)
                .findFirst()
                .orElse(1);
        return new TemplateSyntaxException(field, line, column, message.substring(0, m.start()));
    }
}
