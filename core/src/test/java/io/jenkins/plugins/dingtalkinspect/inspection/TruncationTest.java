package io.jenkins.plugins.dingtalkinspect.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.dingtalkinspect.robot.InvalidInputException;
import io.jenkins.plugins.dingtalkinspect.robot.message.SizeGuard;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TruncationTest {

    private static final String UUID = "3f2b8c1e-0000-4000-8000-000000000042";
    private static final int ONE_MB = 1 << 20;

    @ParameterizedTest(name = "{0} {1} build={2} ascii={3}")
    @CsvSource({
        "ZH_CN, ERROR, true, true",
        "ZH_CN, ERROR, true, false",
        "ZH_CN, INFO, false, true",
        "ZH_CN, INFO, false, false",
        "EN, ERROR, true, true",
        "EN, INFO, false, false"
    })
    void aOneMegabyteContentIsCutSoTheCardKeepsItsFrame(
            CardLanguage language, Level level, boolean withBuild, boolean ascii) {
        Inspection inspection = Samples.inspection(language, level, withBuild).withContent(megabyte(ascii));
        CardRenderer.Preview preview = CardRenderer.preview(inspection, CardOptions.of(language), UUID);

        assertThat(preview.bodyBytes()).isLessThanOrEqualTo(SizeGuard.MAX_BODY_BYTES);
        // the cut is tight: most of the room goes to the content
        assertThat(preview.bodyBytes()).isGreaterThan(SizeGuard.MAX_BODY_BYTES - 400);
        boolean zh = language == CardLanguage.ZH_CN;
        assertThat(preview.markdown())
                .startsWith("### " + (level == Level.ERROR ? "❌" : "✅"))
                .contains(zh ? "**巡检标题**：数据库备份检查" : "**Title**: Database backup check")
                .contains(zh ? "**播报时间**：2026-12-01 09:30:00 (Asia/Shanghai)" : "**Reported at**: 2026-12-01 09:30:00")
                .contains("内容过长，已省略")
                .contains("bytes omitted)");
        if (withBuild) {
            assertThat(preview.markdown()).contains(zh ? "**状态**：❌ 失败" : "**Status**: ❌ Failure");
        }
        if (level == Level.ERROR) {
            assertThat(preview.markdown()).contains("@13800000000 @ops_lead");
        }
        assertThat(preview.title())
                .isEqualTo(
                        zh
                                ? "[巡检] " + (level == Level.ERROR ? "❌" : "✅") + " 数据库备份检查"
                                : "[Inspection] " + (level == Level.ERROR ? "❌" : "✅") + " Database backup check");
    }

    @Test
    void aSmallerLimitIsHonouredToo() {
        Inspection inspection =
                Samples.inspection(CardLanguage.ZH_CN, Level.ERROR, true).withContent(megabyte(false));
        CardRenderer.Preview preview =
                CardRenderer.preview(inspection, CardOptions.defaults().withMaxBodyBytes(4_000), UUID);
        assertThat(preview.bodyBytes()).isBetween(3_500, 4_000);
        assertThat(preview.markdown()).contains("**播报时间**").contains("已省略");
    }

    @Test
    void aCustomTemplateIsCutTheSameWay() {
        CardOptions options =
                CardOptions.defaults().withTemplate(Level.INFO, "## {{title}}\n\n{{content}}\n\n{{time}} {{timeZone}}");
        Inspection inspection =
                Samples.inspection(CardLanguage.ZH_CN, Level.INFO, false).withContent(megabyte(true));
        CardRenderer.Preview preview = CardRenderer.preview(inspection, options, UUID);
        assertThat(preview.bodyBytes()).isLessThanOrEqualTo(SizeGuard.MAX_BODY_BYTES);
        assertThat(preview.markdown()).startsWith("## 数据库备份检查\n\n").endsWith("\n\n2026-12-01 09:30:00 Asia/Shanghai");
    }

    @Test
    void aBuildSectionTooLargeForTheLimitIsShortenedBeforeTheCardFails() {
        BuildFacts.Builder build = BuildFacts.builder("job", 1).result(BuildResult.FAILURE);
        for (int i = 0; i < CardContext.MAX_PARAMETERS; i++) {
            build.parameter("参数" + i, "很长的值".repeat(100));
        }
        Inspection inspection =
                Samples.inspection(CardLanguage.ZH_CN, Level.ERROR, false).withBuild(build.build());
        CardRenderer.Preview preview = CardRenderer.preview(inspection, CardOptions.defaults(), UUID);
        assertThat(preview.bodyBytes()).isLessThanOrEqualTo(SizeGuard.MAX_BODY_BYTES);
        assertThat(preview.markdown())
                .contains("> 构建参数、触发原因和代码变更过长，已省略")
                .doesNotContain("参数0")
                .contains("**状态**：❌ 失败")
                .contains("2 个备份失败");
    }

    @Test
    void aTemplateOverTheLimitWithoutContentFailsWithAClearMessage() {
        CardOptions options = CardOptions.defaults().withTemplate(Level.INFO, "x".repeat(25_000) + "{{content}}");
        assertThatThrownBy(
                        () -> CardRenderer.render(Samples.inspection(CardLanguage.ZH_CN, Level.INFO, false), options))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("template.info: the card is over 20000 bytes even without its content");
    }

    private static String megabyte(boolean ascii) {
        String line =
                ascii ? "disk /dev/sda1 usage 91% on host db-17, above threshold\n" : "数据库 db-17 磁盘使用率 91%，超过阈值\n";
        StringBuilder out = new StringBuilder();
        while (out.toString().getBytes(StandardCharsets.UTF_8).length < ONE_MB) {
            out.append(line.repeat(1_000));
        }
        return out.toString();
    }
}
