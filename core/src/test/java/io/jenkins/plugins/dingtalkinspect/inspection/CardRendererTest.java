package io.jenkins.plugins.dingtalkinspect.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.jenkins.plugins.dingtalkinspect.robot.InvalidInputException;
import io.jenkins.plugins.dingtalkinspect.robot.message.At;
import io.jenkins.plugins.dingtalkinspect.robot.message.MarkdownMessage;
import io.jenkins.plugins.dingtalkinspect.robot.message.MessageJson;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class CardRendererTest {

    private static final String UUID = "3f2b8c1e-0000-4000-8000-000000000042";

    @Test
    void theChatListTitleStartsWithTheMarkerAndTheLevel() {
        assertThat(render(CardLanguage.ZH_CN, Level.INFO).title()).isEqualTo("[巡检] ✅ 数据库备份检查");
        assertThat(render(CardLanguage.ZH_CN, Level.ERROR).title()).isEqualTo("[巡检] ❌ 数据库备份检查");
        assertThat(render(CardLanguage.EN, Level.INFO).title()).isEqualTo("[Inspection] ✅ Database backup check");
        assertThat(render(CardLanguage.EN, Level.ERROR).title()).isEqualTo("[Inspection] ❌ Database backup check");
    }

    @Test
    void theLevelReadsWithoutColourAsWellAsWithIt() {
        String info = render(CardLanguage.ZH_CN, Level.INFO).text();
        String error = render(CardLanguage.ZH_CN, Level.ERROR).text();
        assertThat(info.lines().findFirst()).hasValue("### ✅ <font color=\"#008000\">[巡检] 每天巡检</font>");
        assertThat(error.lines().findFirst()).hasValue("### ❌ <font color=\"#FF0000\">[巡检] 每天巡检异常</font>");
    }

    @Test
    void thePreviewIsTheExactBodyWithTheMentionsAsAt() throws Exception {
        Inspection inspection = Samples.inspection(CardLanguage.ZH_CN, Level.ERROR, true);
        CardRenderer.Preview preview = CardRenderer.preview(inspection, CardOptions.defaults(), UUID);
        MarkdownMessage message = CardRenderer.render(inspection, CardOptions.defaults());

        assertThat(preview.body()).isEqualTo(MessageJson.toJsonString(message, UUID));
        assertThat(preview.bodyBytes()).isEqualTo(MessageJson.toBytes(message, UUID).length);
        JsonNode body = MessageJson.mapper().readTree(preview.body());
        assertThat(body.path("msgtype").asText()).isEqualTo("markdown");
        assertThat(body.path("markdown").path("title").asText()).isEqualTo(preview.title());
        assertThat(body.path("markdown").path("text").asText()).isEqualTo(preview.markdown());
        assertThat(body.path("at").path("atMobiles").get(0).asText()).isEqualTo("13800000000");
        assertThat(body.path("at").path("atUserIds").get(0).asText()).isEqualTo("ops_lead");
        assertThat(body.path("msgUuid").asText()).isEqualTo(UUID);
        assertThat(message.at()).isEqualTo(inspection.mentions());
        // DingTalk only notifies a mention that is also in the text
        assertThat(preview.markdown()).contains("@13800000000").contains("@ops_lead");
    }

    @Test
    void aPreviewWithoutMsgUuidHasNoSuchFieldAndAnOverlongOneIsRefused() throws Exception {
        Inspection inspection = Samples.inspection(CardLanguage.EN, Level.INFO, false);
        JsonNode body = MessageJson.mapper()
                .readTree(CardRenderer.preview(inspection, CardOptions.of(CardLanguage.EN), null)
                        .body());
        assertThat(body.has("msgUuid")).isFalse();
        assertThat(body.has("at")).isFalse();
        assertThatThrownBy(() -> CardRenderer.preview(inspection, CardOptions.defaults(), "u".repeat(65)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("msgUuid:");
    }

    @Test
    void aSensitiveParameterValueAppearsNowhere() {
        String secret = "hunter2-Pa55word";
        BuildFacts build = Samples.build(Level.ERROR).toBuilder()
                .parameters(List.of(
                        BuildFacts.Parameter.of("ENV", "prod"), new BuildFacts.Parameter("DB_PASSWORD", secret, true)))
                .build();
        Inspection inspection =
                Samples.inspection(CardLanguage.ZH_CN, Level.ERROR, false).withBuild(build);
        String everyValue = "{{#build.parameters}}{{name}}={{value}} {{sensitive}};{{/build.parameters}}";
        for (CardOptions options : List.of(
                CardOptions.defaults(),
                CardOptions.of(CardLanguage.EN),
                CardOptions.defaults().withTemplate(Level.ERROR, everyValue))) {
            CardRenderer.Preview preview = CardRenderer.preview(inspection, options, UUID);
            assertThat(preview.markdown()).doesNotContain(secret).contains("DB\\_PASSWORD");
            assertThat(preview.body()).doesNotContain(secret);
        }
        assertThat(CardRenderer.render(inspection, CardOptions.defaults().withTemplate(Level.ERROR, everyValue))
                        .text())
                .isEqualTo("ENV=prod false;DB\\_PASSWORD=\\*\\*\\*\\* true;\n\n@13800000000 @ops_lead");
        assertThat(build.toString()).doesNotContain(secret);
        assertThat(build.parameters().get(1).value()).isNull();
    }

    @Test
    void valuesFromBuildsAndUsersCannotAddLinksImagesHtmlOrMentions() {
        String nasty = "[x](http://evil) ![](http://img/p.png) <font color=red>red</font> <script>alert(1)</script>"
                + " @13800000000 **b** _i_";
        BuildFacts build = BuildFacts.builder("ops/" + nasty, 7)
                .result(BuildResult.FAILURE)
                .buildDisplayName(nasty)
                .parameter("P", nasty)
                .parameter(nasty, "v")
                .cause(nasty)
                .triggeredBy(nasty)
                .change(nasty, nasty, nasty)
                .build();
        Inspection inspection = Inspection.builder(nasty)
                .author(nasty)
                .level("auto")
                .time(Samples.TIME)
                .buildFacts(build)
                .content("caller's own **markdown** [docs](https://docs.example.com)")
                .build();
        for (CardLanguage language : CardLanguage.values()) {
            MarkdownMessage message = CardRenderer.render(inspection, CardOptions.of(language));
            String text = message.text();
            assertThat(text)
                    .doesNotContain("](http://evil")
                    .doesNotContain("![")
                    .doesNotContain("<font color=red")
                    .doesNotContain("<script")
                    .doesNotContain("@13800000000")
                    .doesNotContain("**b**")
                    .contains("［x］(http://evil)")
                    .contains("＜script＞")
                    .contains("＠13800000000")
                    .contains("\\*\\*b\\*\\*")
                    // the caller's content is markdown by intent and is kept
                    .contains("caller's own **markdown** [docs](https://docs.example.com)");
            assertThat(message.title()).doesNotContain("@13800000000").doesNotContain("\n");
            assertThat(message.at()).isEqualTo(At.NONE);
            // the only link left is the one in the caller's content (the build has no URL)
            assertThat(text.split("]\\(", -1)).hasSize(2);
        }
    }

    @Test
    void theAuthorDefaultsPerLanguageOrToTheConfiguredName() {
        Inspection noAuthor = Inspection.builder("t").time(Samples.TIME).build();
        assertThat(CardRenderer.render(noAuthor, CardOptions.defaults()).text()).contains("**相关人员**：巡检机器人");
        assertThat(CardRenderer.render(noAuthor, CardOptions.of(CardLanguage.EN))
                        .text())
                .contains("**Responsible**: Inspection bot");
        assertThat(CardRenderer.render(noAuthor, CardOptions.defaults().withDefaultAuthor("运维值班"))
                        .text())
                .contains("**相关人员**：运维值班");
        assertThat(CardRenderer.render(noAuthor.withContent(""), CardOptions.defaults())
                        .text())
                .contains("**巡检内容**：（无）");
    }

    @Test
    void withoutAnyUrlThereIsNoDetailsLineAndNoEmptyLink() {
        Inspection inspection = Inspection.builder("t")
                .time(Samples.TIME)
                .buildFacts(BuildFacts.builder("job", 1).build())
                .build();
        String text = CardRenderer.render(inspection, CardOptions.defaults()).text();
        assertThat(text)
                .doesNotContain("详情")
                .doesNotContain("](")
                .doesNotContain("[]")
                .contains("**构建**：job #1");
    }

    @Test
    void aRunningBuildShowsItsStateAndLeavesOutWhatIsNotKnown() {
        Inspection inspection = Inspection.builder("t")
                .level("auto")
                .time(Samples.TIME)
                .buildFacts(BuildFacts.builder("job", 3)
                        .result((String) null)
                        .triggeredBy("alice")
                        .build())
                .build();
        assertThat(inspection.level()).isEqualTo(Level.INFO);
        String zh = CardRenderer.render(inspection, CardOptions.defaults()).text();
        assertThat(zh).contains("**状态**：⏳ 运行中").contains("**触发原因**：由 alice 触发").doesNotContain("耗时");
        String en =
                CardRenderer.render(inspection, CardOptions.of(CardLanguage.EN)).text();
        assertThat(en).contains("**Status**: ⏳ Running").contains("**Cause**: started by alice");
    }

    @Test
    void parametersCanBeLeftOutAndLongListsAreCapped() {
        BuildFacts.Builder many = BuildFacts.builder("job", 1);
        for (int i = 0; i < CardContext.MAX_PARAMETERS + 7; i++) {
            many.parameter("P" + i, "v" + i);
        }
        for (int i = 0; i < CardContext.MAX_CHANGES + 2; i++) {
            many.change("c" + i, "a", "m");
        }
        Inspection inspection = Inspection.builder("t")
                .time(Samples.TIME)
                .buildFacts(many.build())
                .build();
        String shown = CardRenderer.render(inspection, CardOptions.defaults()).text();
        assertThat(shown)
                .contains("- P49：v49")
                .doesNotContain("P50")
                .contains("……另有 7 个参数")
                .contains("……另有 2 个提交");
        String hidden = CardRenderer.render(inspection, CardOptions.defaults().withIncludeParameters(false))
                .text();
        assertThat(hidden).doesNotContain("构建参数").doesNotContain("P0");
    }

    @Test
    void theTimeIsShownInItsOwnZone() {
        Inspection base = Samples.inspection(CardLanguage.ZH_CN, Level.INFO, false);
        assertThat(CardRenderer.render(
                                base.withTime(Samples.TIME.withZoneSameInstant(ZoneOffset.UTC)), CardOptions.defaults())
                        .text())
                .endsWith("**播报时间**：2026-12-01 01:30:00 (UTC)");
        assertThat(CardRenderer.render(
                                base.withTime(Samples.TIME.withZoneSameInstant(ZoneId.of("Europe/Berlin"))),
                                CardOptions.of(CardLanguage.EN))
                        .text())
                .endsWith("**Reported at**: 2026-12-01 02:30:00 (Europe/Berlin)");
    }

    @Test
    void everyZoneFixedAtOffsetZeroReadsAsUtc() {
        Inspection base = Samples.inspection(CardLanguage.ZH_CN, Level.INFO, false);
        for (String id : List.of("Z", "UTC", "Etc/UTC", "GMT", "Etc/GMT", "UT", "Etc/UCT", "Etc/Zulu", "UTC+00:00")) {
            assertThat(CardRenderer.render(
                                    base.withTime(Samples.TIME.withZoneSameInstant(ZoneId.of(id))),
                                    CardOptions.defaults())
                            .text())
                    .as(id)
                    .endsWith("**播报时间**：2026-12-01 01:30:00 (UTC)");
        }
        // at zero in winter only: the zone keeps its name
        assertThat(CardRenderer.render(
                                base.withTime(Samples.TIME.withZoneSameInstant(ZoneId.of("Europe/London"))),
                                CardOptions.defaults())
                        .text())
                .endsWith("**播报时间**：2026-12-01 01:30:00 (Europe/London)");
        assertThat(CardContext.zoneName(ZoneOffset.ofHours(8))).isEqualTo("+08:00");
    }

    @Test
    void theBuildSectionReadsStatusDurationParametersThenCause() {
        for (CardLanguage lang : CardLanguage.values()) {
            String text = render(lang, Level.ERROR).text();
            List<String> labels = lang == CardLanguage.ZH_CN
                    ? List.of("**状态**", "**耗时**", "**构建参数**", "**触发原因**", "**代码变更**", "**测试**")
                    : List.of("**Status**", "**Duration**", "**Parameters**", "**Cause**", "**Changes**", "**Tests**");
            int previous = -1;
            for (String label : labels) {
                int at = text.indexOf(label);
                assertThat(at).as(lang + " " + label).isGreaterThan(previous);
                previous = at;
            }
        }
    }

    @Test
    void durationsReadLikeAPersonWouldSayThem() {
        assertThat(CardLanguage.ZH_CN.duration(Duration.ofSeconds(83))).isEqualTo("1分23秒");
        assertThat(CardLanguage.EN.duration(Duration.ofSeconds(83))).isEqualTo("1m 23s");
        assertThat(CardLanguage.ZH_CN.duration(Duration.ofSeconds(3605))).isEqualTo("1小时5秒");
        assertThat(CardLanguage.EN.duration(Duration.ofHours(26).plusMinutes(1)))
                .isEqualTo("26h 1m");
        assertThat(CardLanguage.EN.duration(Duration.ofMillis(300))).isEqualTo("<1s");
        assertThat(CardLanguage.ZH_CN.duration(Duration.ofMillis(300))).isEqualTo("不到1秒");
        assertThat(CardLanguage.ZH_CN.duration(Duration.ZERO)).isEqualTo("0秒");
        assertThat(CardLanguage.EN.duration(null)).isEmpty();
    }

    @Test
    void aCustomTemplateReplacesTheCardForItsLevelOnly() {
        CardOptions options = CardOptions.defaults().withTemplate(Level.INFO, "✅ {{title}} by {{author}}");
        assertThat(CardRenderer.render(Samples.inspection(CardLanguage.ZH_CN, Level.INFO, false), options)
                        .text())
                .isEqualTo("✅ 数据库备份检查 by 张三");
        assertThat(CardRenderer.render(Samples.inspection(CardLanguage.ZH_CN, Level.ERROR, false), options)
                        .text())
                .startsWith("### ❌");
        assertThat(options.withTemplate(Level.INFO, null)).isEqualTo(CardOptions.defaults());
    }

    @Test
    void aCustomTemplateWithoutTheMentionsStillNotifiesThem() {
        CardOptions options = CardOptions.defaults().withTemplate(Level.ERROR, "{{title}}");
        MarkdownMessage message =
                CardRenderer.render(Samples.inspection(CardLanguage.ZH_CN, Level.ERROR, false), options);
        assertThat(message.text()).isEqualTo("数据库备份检查\n\n@13800000000 @ops_lead");
    }

    @Test
    void aTemplateThatRendersNothingIsRefused() {
        CardOptions options = CardOptions.defaults().withTemplate(Level.INFO, "{{nothing}}  \n");
        assertThatThrownBy(
                        () -> CardRenderer.render(Samples.inspection(CardLanguage.ZH_CN, Level.INFO, false), options))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("template.info: renders an empty card");
    }

    @Test
    void optionsAreCheckedAndDefaulted() {
        CardOptions blank = new CardOptions(null, " ", " ", "", 0, true);
        assertThat(blank).isEqualTo(CardOptions.defaults());
        assertThat(blank.effectiveDefaultAuthor()).isEqualTo("巡检机器人");
        assertThatThrownBy(() -> CardOptions.defaults().withMaxBodyBytes(20_001))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("maxBodyBytes: must be between 2000 and 20000, got 20001");
    }

    private static MarkdownMessage render(CardLanguage language, Level level) {
        return CardRenderer.render(Samples.inspection(language, level, true), CardOptions.of(language));
    }
}
