package io.jenkins.plugins.dingtalkinspect.inspection.template;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Finds the tags of a Mustache template with their line and column, and checks that sections nest.
 *
 * <p>jmustache renders the template; this pass exists because jmustache reports only a line for
 * its errors, silently treats an unclosed <code>{{</code> as text, and cannot tell which section a
 * variable sits in (which the unknown-key check needs). It follows jmustache's tag syntax: {@code
 * {{name}}}, {@code {{{name}}}}, {@code {{&name}}}, {@code {{#…}}}, {@code {{^…}}}, {@code {{/…}}},
 * {@code {{!…}}} and {@code {{=<% %>=}}}. Partials and inheritance need a loader, so they are
 * refused.
 */
public final class TemplateScanner {

    /** The kinds of tag a card template may contain. */
    public enum Kind {
        VARIABLE,
        SECTION,
        INVERTED,
        CLOSE
    }

    /** A tag; comments and delimiter changes are not reported. */
    public record Tag(Kind kind, String name, int line, int column) {}

    private final String field;
    private final String source;

    private TemplateScanner(String field, String source) {
        this.field = field;
        this.source = source;
    }

    /**
     * The tags of {@code source} in order.
     *
     * @param field named in the exception, e.g. {@code template.info}
     * @throws TemplateSyntaxException at the first problem, with its line and column
     */
    public static List<Tag> scan(String field, String source) {
        return new TemplateScanner(field, source).scan();
    }

    private List<Tag> scan() {
        List<Tag> tags = new ArrayList<>();
        Deque<Tag> open = new ArrayDeque<>();
        String start = "{{";
        String end = "}}";
        int at = 0;
        while ((at = source.indexOf(start, at)) >= 0) {
            boolean triple = start.equals("{{") && end.equals("}}") && source.startsWith("{", at + 2);
            int innerStart = at + start.length() + (triple ? 1 : 0);
            String closer = triple ? "}}}" : end;
            int innerEnd = source.indexOf(closer, innerStart);
            if (innerEnd < 0) {
                throw error(at, "'" + (triple ? "{{{" : start) + "' is never closed by '" + closer + "'");
            }
            String inner = source.substring(innerStart, innerEnd).strip();
            int next = innerEnd + closer.length();
            if (inner.isEmpty()) {
                throw error(at, "empty tag '" + source.substring(at, next) + "'");
            }
            char sigil = triple ? '{' : inner.charAt(0);
            if (sigil == '!') {
                at = next;
                continue;
            }
            if (sigil == '=') {
                String[] delims = delimiters(inner, at);
                start = delims[0];
                end = delims[1];
                at = next;
                continue;
            }
            if (sigil == '>' || sigil == '<' || sigil == '$') {
                throw error(
                        at,
                        "partials and template inheritance ('" + source.substring(at, next) + "') are not supported");
            }
            Kind kind = kindOf(sigil);
            String name = triple || "#^/&".indexOf(sigil) < 0
                    ? inner
                    : inner.substring(1).strip();
            if (name.isEmpty()) {
                throw error(at, "tag '" + source.substring(at, next) + "' has no name");
            }
            if (name.indexOf('\n') >= 0 || name.indexOf('\r') >= 0) {
                throw error(at, "a tag name must not span lines: '" + source.substring(at, next) + "'");
            }
            int[] position = position(at);
            Tag tag = new Tag(kind, name, position[0], position[1]);
            if (kind == Kind.SECTION || kind == Kind.INVERTED) {
                open.push(tag);
            } else if (kind == Kind.CLOSE) {
                close(open, tag, at);
            }
            tags.add(tag);
            at = next;
        }
        if (!open.isEmpty()) {
            Tag unclosed = open.peek();
            throw new TemplateSyntaxException(
                    field,
                    unclosed.line(),
                    unclosed.column(),
                    "section '" + unclosed.name() + "' is never closed (add '{{/" + unclosed.name() + "}}')");
        }
        return tags;
    }

    private static Kind kindOf(char sigil) {
        return switch (sigil) {
            case '#' -> Kind.SECTION;
            case '^' -> Kind.INVERTED;
            case '/' -> Kind.CLOSE;
            default -> Kind.VARIABLE;
        };
    }

    private void close(Deque<Tag> open, Tag tag, int at) {
        if (open.isEmpty()) {
            throw error(at, "'{{/" + tag.name() + "}}' closes a section that was never opened");
        }
        Tag last = open.pop();
        if (!last.name().equals(tag.name())) {
            throw error(
                    at,
                    "'{{/" + tag.name() + "}}' does not match the open section '" + last.name() + "' (line "
                            + last.line() + ", column " + last.column() + ")");
        }
    }

    private String[] delimiters(String inner, int at) {
        String body = inner.length() >= 2 && inner.endsWith("=") ? inner.substring(1, inner.length() - 1) : "";
        String[] parts = body.strip().split("\\s+");
        if (parts.length != 2 || parts[0].isEmpty() || parts[0].contains("=") || parts[1].contains("=")) {
            throw error(at, "a delimiter change needs two delimiters, like '{{=<% %>=}}'");
        }
        // jmustache's limit: longer delimiters fail there without a position
        if (parts[0].length() > 2 || parts[1].length() > 2) {
            throw error(at, "delimiters must be one or two characters, like '{{=<% %>=}}'");
        }
        return parts;
    }

    private TemplateSyntaxException error(int offset, String problem) {
        int[] position = position(offset);
        return new TemplateSyntaxException(field, position[0], position[1], problem);
    }

    /** {line, column}, both 1-based; columns count code points so a CJK character is one column. */
    private int[] position(int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (source.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new int[] {line, source.codePointCount(lineStart, offset) + 1};
    }
}
