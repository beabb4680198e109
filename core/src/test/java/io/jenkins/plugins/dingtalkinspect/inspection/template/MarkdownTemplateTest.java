package io.jenkins.plugins.dingtalkinspect.inspection.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.samskivert.mustache.MustacheParseException;
import io.jenkins.plugins.dingtalkinspect.robot.InvalidInputException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MarkdownTemplateTest {

    @Test
    void scansTagsWithPositionsAcrossDelimiterChangesAndComments() {
        List<TemplateScanner.Tag> tags = TemplateScanner.scan(
                "t", "巡检 {{! a\ncomment }}{{#a}}\n  {{=<% %>=}}<%b%> <%& c %><%/a%>\n{{{d}}} <%={{ }}=%>{{{e}}}");
        // after the change to <% %>, "{{{d}}}" is text; after the change back, "{{{e}}}" is a tag
        assertThat(tags)
                .containsExactly(
                        new TemplateScanner.Tag(TemplateScanner.Kind.SECTION, "a", 2, 11),
                        new TemplateScanner.Tag(TemplateScanner.Kind.VARIABLE, "b", 3, 14),
                        new TemplateScanner.Tag(TemplateScanner.Kind.VARIABLE, "c", 3, 20),
                        new TemplateScanner.Tag(TemplateScanner.Kind.CLOSE, "a", 3, 28),
                        new TemplateScanner.Tag(TemplateScanner.Kind.VARIABLE, "e", 4, 20));
    }

    @Test
    void refusesDelimitersJmustacheCannotUseWithAPosition() {
        assertThatThrownBy(() -> TemplateScanner.scan("t", "x\n  {{=<%%% %%%>=}}"))
                .isInstanceOfSatisfying(TemplateSyntaxException.class, e -> {
                    assertThat(e.line()).isEqualTo(2);
                    assertThat(e.column()).isEqualTo(3);
                })
                .hasMessage("t: line 2, column 3: delimiters must be one or two characters, like '{{=<% %>=}}'");
    }

    @Test
    void anErrorOnlyJmustacheFindsKeepsItsLineAndTakesTheColumnOfTheLinesFirstTag() {
        List<TemplateScanner.Tag> tags = TemplateScanner.scan("t", "a\n  {{x}} {{y}}");
        InvalidInputException e =
                MarkdownTemplate.translate("t", new MustacheParseException("Something odd 'x'", 2), tags);
        assertThat(e).isInstanceOf(TemplateSyntaxException.class).hasMessage("t: line 2, column 3: Something odd 'x'");
        assertThat(MarkdownTemplate.translate("t", new IllegalStateException("boom"), tags))
                .hasMessage("t: does not parse: boom");
        assertThat(MarkdownTemplate.translate("t", new MustacheParseException("odd", 9), tags))
                .hasMessage("t: line 9, column 1: odd");
    }

    @Test
    void rendersPlainValuesWithoutHtmlEscaping() {
        MarkdownTemplate template =
                MarkdownTemplate.compile("t", "{{a}}|{{#l}}{{.}}{{^-last}},{{/-last}}{{/l}}|{{#z}}z{{/z}}|{{m.k}}");
        assertThat(template.execute(Map.of("a", "<b>&", "l", List.of("x", "y"), "z", 0, "m", Map.of("k", "v"))))
                .isEqualTo("<b>&|x,y||v");
    }
}
