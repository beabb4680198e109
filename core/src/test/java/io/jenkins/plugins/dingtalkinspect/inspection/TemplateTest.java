package io.jenkins.plugins.dingtalkinspect.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.dingtalkinspect.inspection.template.TemplateSyntaxException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class TemplateTest {

    @Test
    void aTemplateUsingEveryDocumentedKeyChecksCleanAndRendersThemAll() throws IOException {
        String template = resource("all-keys.mustache");
        assertThat(TemplateCheck.check(template)).isEmpty();
        for (String key : TemplateCheck.contextKeys()) {
            String leaf = key.contains("[].") ? key.substring(key.indexOf("[].") + 3) : key;
            assertThat(template).as("uses " + key).containsPattern("\\{\\{[#^]?" + Pattern.quote(leaf) + "}}");
        }

        Inspection inspection = Samples.inspection(CardLanguage.ZH_CN, Level.ERROR, true);
        String text = CardRenderer.render(inspection, CardOptions.defaults().withTemplate(Level.ERROR, template))
                .text();
        assertThat(text)
                .contains("language=zh_CN level=error info=false error=true")
                .contains("levelText=异常 levelSymbol=❌ levelColor=#FF0000 header=[巡检] 每天巡检异常")
                .contains("title=数据库备份检查 author=巡检机器人 url=https://ops.example.com/inspections/backup?day=2026-12-01")
                .contains("time=2026-12-01 09:30:00 timeZone=Asia/Shanghai timeIso=2026-12-01T09:30:00+08:00")
                .contains("mentions=[@13800000000][@ops_lead] mentionsText=@13800000000 @ops_lead atAll=false")
                .contains("contentBlock=true\ncontent=2 个备份失败：\n\n- **orders**：磁盘已满")
                .contains("hasBuild=true")
                .contains("build: jobFullName=ops/nightly-backup jobName=nightly-backup number=42 displayName=#42")
                .contains("result=FAILURE resultText=失败 resultSymbol=❌ running=false")
                .contains(
                        "duration=1分23秒 durationMillis=83000 url=https://jenkins.example.com/job/ops/job/nightly-backup/42/"
                                + " consoleUrl=https://jenkins.example.com/job/ops/job/nightly-backup/42/console")
                .contains("hasParameters=true parametersMore=0")
                .contains("- ENV=prod sensitive=false first=true last=false index=1\n")
                .contains("- DB\\_PASSWORD=\\*\\*\\*\\* sensitive=true first=false last=true index=3\n")
                .contains("causes=[Started by timer] causesText=Started by timer triggeredBy=")
                .contains("hasChanges=true changesMore=0")
                .contains("- a1b2c3d4e5f60718293a4b5c6d7e8f9012345678 a1b2c3d4 李四 fix: retry on timeout\n")
                .contains("hasTests=true\ntests: 120 2 3 125 120\ntrimmed=false");
    }

    @ParameterizedTest
    @EnumSource(CardLanguage.class)
    void theDefaultCardsUseOnlyDocumentedKeys(CardLanguage language) {
        assertThat(TemplateCheck.check(CardRenderer.defaultTemplate(language))).isEmpty();
    }

    @Test
    void theDocumentationDescribesEveryKey() throws IOException {
        String docs = Files.readString(Path.of("../docs/cards.md"));
        for (String key : TemplateCheck.contextKeys()) {
            assertThat(docs).as("docs/cards.md documents " + key).contains("`" + key + "`");
        }
    }

    @Test
    void theDocumentedExampleTemplateChecksCleanAndRenders() throws IOException {
        String docs = Files.readString(Path.of("../docs/cards.md"));
        Matcher block = Pattern.compile("```mustache\n(.*?)```", Pattern.DOTALL).matcher(docs);
        assertThat(block.find()).isTrue();
        String example = block.group(1);
        assertThat(TemplateCheck.check(example)).isEmpty();
        String text = CardRenderer.render(
                        Samples.inspection(CardLanguage.EN, Level.ERROR, true),
                        CardOptions.of(CardLanguage.EN).withTemplate(Level.ERROR, example))
                .text();
        assertThat(text)
                .startsWith("### ❌ Database backup check\n\n2 backups failed:\n\n")
                .contains(
                        "\n\n**ops/nightly-backup #42**: ❌ Failure (1m 23s)\n\n- ENV: prod\n- TARGET\\_DB: orders\\_db\n")
                .endsWith("\n\nInspection bot @13800000000 @ops_lead · 2026-12-01 09:30:00");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "'title\\n\\n  {{#build}}x'|3|3|section 'build' is never closed (add '{{/build}}')",
                "'ok\\n{{#a}}\\n  {{/b}}'|3|3|'{{/b}}' does not match the open section 'a' (line 2, column 1)",
                "'ok\\n\\t x {{/a}}'|2|5|'{{/a}}' closes a section that was never opened",
                "'line one\\n巡检 {{title'|2|4|'{{' is never closed by '}}'",
                "'{{{title}}'|1|1|'{{{' is never closed by '}}}'",
                "'a\\nb {{ }}'|2|3|empty tag '{{ }}'",
                "'{{#}}'|1|1|tag '{{#}}' has no name",
                "'x {{> partial}}'|1|3|partials and template inheritance ('{{> partial}}') are not supported",
                "'{{=<% %>=}}\\n<%#a%>'|2|1|section 'a' is never closed (add '{{/a}}')",
                "'{{= x =}}'|1|1|a delimiter change needs two delimiters, like '{{=<% %>=}}'",
                "'{{ti\\ntle}}'|1|1|a tag name must not span lines: '{{ti\\ntle}}'"
            })
    void aSyntaxErrorGivesLineAndColumn(String source, int line, int column, String problem) {
        String template = unescape(source);
        String expectedProblem = unescape(problem);
        assertThatThrownBy(() -> CardRenderer.render(
                        Samples.inspection(CardLanguage.ZH_CN, Level.INFO, false),
                        CardOptions.defaults().withTemplate(Level.INFO, template)))
                .isInstanceOfSatisfying(TemplateSyntaxException.class, e -> {
                    assertThat(e.line()).isEqualTo(line);
                    assertThat(e.column()).isEqualTo(column);
                    assertThat(e.problem()).isEqualTo(expectedProblem);
                    assertThat(e.field()).isEqualTo("template.info");
                })
                .hasMessage("template.info: line " + line + ", column " + column + ": " + expectedProblem);

        assertThat(TemplateCheck.usable(TemplateCheck.check(template))).isFalse();
        assertThat(TemplateCheck.check(template)).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(TemplateProblem.Kind.SYNTAX_ERROR);
            assertThat(p.severity()).isEqualTo(TemplateProblem.Severity.ERROR);
            assertThat(p.line()).isEqualTo(line);
            assertThat(p.column()).isEqualTo(column);
            assertThat(p.key()).isNull();
            assertThat(p.toString()).isEqualTo("line " + line + ", column " + column + ": " + expectedProblem);
        });
    }

    @Test
    void unknownKeysAreReportedByNameAndPositionButRenderEmpty() {
        String template = "{{title}} {{titel}}\n{{#build}}{{build.reslut}}{{/build}}\n"
                + "{{#build.parameters}}{{name}}={{valeu}}{{/build.parameters}} {{name}} {{titel}}";
        List<TemplateProblem> problems = TemplateCheck.check(template);
        assertThat(problems).extracting(TemplateProblem::key).containsExactly("titel", "build.reslut", "valeu", "name");
        assertThat(problems).allSatisfy(p -> assertThat(p.kind()).isEqualTo(TemplateProblem.Kind.UNKNOWN_KEY));
        assertThat(problems).allSatisfy(p -> assertThat(p.severity()).isEqualTo(TemplateProblem.Severity.WARNING));
        assertThat(TemplateCheck.usable(problems)).as("unknown keys only warn").isTrue();
        assertThat(TemplateCheck.usable(List.of())).isTrue();
        assertThat(problems.get(0).toString())
                .isEqualTo("line 1, column 11: unknown key 'titel' (renders empty); see docs/cards.md for the keys");
        assertThat(problems.get(1))
                .extracting(TemplateProblem::line, TemplateProblem::column)
                .containsExactly(2, 11);
        assertThat(problems.get(3))
                .extracting(TemplateProblem::line, TemplateProblem::column)
                .containsExactly(3, 62);

        String text = CardRenderer.render(
                        Samples.inspection(CardLanguage.ZH_CN, Level.INFO, true),
                        CardOptions.defaults().withTemplate(Level.INFO, template))
                .text();
        assertThat(text).isEqualTo("数据库备份检查 \n\nENV=TARGET\\_DB=DB\\_PASSWORD=");
    }

    @Test
    void keysResolveOutwardsFromTheInnermostSectionAsMustacheDoes() {
        assertThat(TemplateCheck.check("{{#build.changes}}{{author}} {{title}} {{build.result}}{{/build.changes}}"))
                .isEmpty();
        assertThat(TemplateCheck.check("{{#hasBuild}}{{build.result}}{{/hasBuild}}{{^url}}no link{{/url}}"))
                .isEmpty();
        assertThat(TemplateCheck.check("{{#build.tests}}{{passed}}{{/build.tests}}{{passed}}"))
                .extracting(TemplateProblem::key)
                .containsExactly("passed");
        assertThat(TemplateCheck.check(null)).isEmpty();
    }

    @Test
    void onlyTheContextIsReachableNotTheMethodsOfItsValues() {
        String template = "{{#title}}[{{bytes}}{{length}}{{class}}]{{/title}}";
        String text = CardRenderer.render(
                        Samples.inspection(CardLanguage.EN, Level.INFO, false),
                        CardOptions.defaults().withTemplate(Level.INFO, template))
                .text();
        assertThat(text).isEqualTo("[]");
    }

    @Test
    void mustacheDoesNoHtmlEscapingOfTheMarkdown() {
        String text = CardRenderer.render(
                        Samples.inspection(CardLanguage.EN, Level.INFO, false)
                                .withContent("<font color=\"#FF0000\">a & b</font> 'q'"),
                        CardOptions.defaults().withTemplate(Level.INFO, "{{content}} {{{content}}} {{&content}}"))
                .text();
        assertThat(text)
                .isEqualTo(("<font color=\"#FF0000\">a & b</font> 'q'" + " ")
                        .repeat(3)
                        .strip());
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = TemplateTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String unescape(String s) {
        Matcher m = Pattern.compile("\\\\([nt])").matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, m.group(1).equals("n") ? "\n" : "\t");
        }
        m.appendTail(out);
        return out.toString();
    }
}
