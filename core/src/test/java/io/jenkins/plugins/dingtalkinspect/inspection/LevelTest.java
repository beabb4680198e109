package io.jenkins.plugins.dingtalkinspect.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.dingtalkinspect.robot.InvalidInputException;
import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LevelTest {

    @Test
    void levelsParseIgnoringCaseAndBlanks() {
        assertThat(Level.parse("info")).isEqualTo(Level.INFO);
        assertThat(Level.parse(" ERROR ")).isEqualTo(Level.ERROR);
        assertThat(Level.parse("Info")).isEqualTo(Level.INFO);
        assertThat(LevelChoice.parse("AUTO")).isEqualTo(LevelChoice.AUTO);
        assertThat(Level.ERROR.key()).isEqualTo("error");
    }

    @ParameterizedTest
    @CsvSource({
        "SUCCESS, INFO",
        "RUNNING, INFO",
        "UNSTABLE, ERROR",
        "FAILURE, ERROR",
        "ABORTED, ERROR",
        "NOT_BUILT, ERROR"
    })
    void autoFollowsTheBuildResult(BuildResult result, Level expected) {
        assertThat(LevelChoice.resolve("auto", result)).isEqualTo(expected);
        assertThat(Inspection.builder("t")
                        .level("auto")
                        .buildFacts(BuildFacts.builder("job", 1).result(result).build())
                        .build()
                        .level())
                .isEqualTo(expected);
        // a fixed level is not overridden by the result
        assertThat(LevelChoice.resolve("info", result)).isEqualTo(Level.INFO);
        assertThat(LevelChoice.resolve("error", result)).isEqualTo(Level.ERROR);
    }

    @Test
    void choicesHaveKeysAndAnEmptySettingMeansAuto() {
        assertThat(Arrays.stream(LevelChoice.values()).map(LevelChoice::key)).containsExactly("info", "error", "auto");
        assertThat(LevelChoice.parseOrAuto(null)).isEqualTo(LevelChoice.AUTO);
        assertThat(LevelChoice.parseOrAuto(" ")).isEqualTo(LevelChoice.AUTO);
        assertThat(LevelChoice.parseOrAuto(" Error ")).isEqualTo(LevelChoice.ERROR);
        assertThatThrownBy(() -> LevelChoice.parseOrAuto("warn")).hasMessageStartingWith("level:");

        assertThat(LevelChoice.normalize(null)).isEqualTo("auto");
        assertThat(LevelChoice.normalize("  ")).isEqualTo("auto");
        assertThat(LevelChoice.normalize(" INFO ")).isEqualTo("info");
        assertThat(LevelChoice.normalize("error")).isEqualTo("error");
        assertThat(LevelChoice.normalize(" warn "))
                .as("kept for parse to reject when used")
                .isEqualTo("warn");
    }

    @Test
    void cardLanguagesHaveTheirLocale() {
        assertThat(CardLanguage.ZH_CN.locale()).isEqualTo(Locale.SIMPLIFIED_CHINESE);
        assertThat(CardLanguage.EN.locale()).isEqualTo(Locale.ENGLISH);
        assertThat(CardLanguage.parse("en_US").locale().getLanguage()).isEqualTo("en");
        assertThat(CardLanguage.parse(null).locale().getLanguage()).isEqualTo("zh");
    }

    @Test
    void autoWithoutABuildIsInfo() {
        assertThat(LevelChoice.AUTO.resolve(null)).isEqualTo(Level.INFO);
        assertThat(Inspection.builder("t").level("auto").build().level()).isEqualTo(Level.INFO);
    }

    @ParameterizedTest
    @ValueSource(strings = {"warn", "", "  ", "info!", "错误"})
    void aBadLevelNamesTheFieldAndListsTheValidValues(String value) {
        assertThatThrownBy(() -> LevelChoice.parse(value))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("level: must be one of info, error, auto; got '" + value.strip() + "'")
                .extracting(e -> ((InvalidInputException) e).field())
                .isEqualTo("level");
    }

    @Test
    void aFixedLevelRefusesAutoWithAReason() {
        assertThatThrownBy(() -> Level.parse("auto"))
                .hasMessage(
                        "level: must be one of info, error; got 'auto' ('auto' needs a build result to choose from)");
        assertThatThrownBy(() -> Level.parse(null)).hasMessage("level: must be one of info, error; got ''");
        assertThatThrownBy(() -> LevelChoice.parse("x".repeat(100) + "\n"))
                .hasMessageEndingWith("...'")
                .hasMessageNotContaining("\n");
    }

    @ParameterizedTest
    @CsvSource({
        "SUCCESS, SUCCESS",
        "success, SUCCESS",
        "UNSTABLE, UNSTABLE",
        "FAILURE, FAILURE",
        "NOT_BUILT, NOT_BUILT",
        "not built, NOT_BUILT",
        "ABORTED, ABORTED",
        "RUNNING, RUNNING",
        "'', RUNNING"
    })
    void buildResultsParseFromJenkinsNames(String value, BuildResult expected) {
        assertThat(BuildResult.parse(value)).isEqualTo(expected);
    }

    @Test
    void aMissingResultIsRunningAndAnUnknownOneIsRefused() {
        assertThat(BuildResult.parse(null)).isEqualTo(BuildResult.RUNNING);
        assertThatThrownBy(() -> BuildResult.parse("BROKEN"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("result: must be one of SUCCESS, UNSTABLE, FAILURE, NOT_BUILT, ABORTED")
                .hasMessageEndingWith("got 'BROKEN'");
    }

    @ParameterizedTest
    @CsvSource({
        "zh_CN, ZH_CN",
        "zh-CN, ZH_CN",
        "zh, ZH_CN",
        "ZH_hans, ZH_CN",
        "'', ZH_CN",
        "en, EN",
        "en_US, EN",
        "EN-gb, EN"
    })
    void languagesParseInTheirUsualSpellings(String value, CardLanguage expected) {
        assertThat(CardLanguage.parse(value)).isEqualTo(expected);
    }

    @Test
    void anUnknownLanguageListsTheSupportedOnes() {
        assertThatThrownBy(() -> CardLanguage.parse("fr"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("language: must be one of zh_CN, en; got 'fr'");
    }

    @Test
    void buildFactsFillDefaultsAndRefuseNonsense() {
        BuildFacts facts = BuildFacts.builder("ops/job", 5)
                .buildUrl("https://ci.example.com/job/ops/job/job/5")
                .cause(" Started by timer ")
                .cause("Started by timer")
                .cause(null)
                .build();
        assertThat(facts.jobDisplayName()).isEqualTo("ops/job");
        assertThat(facts.buildDisplayName()).isEqualTo("#5");
        assertThat(facts.result()).isEqualTo(BuildResult.RUNNING);
        assertThat(facts.consoleUrl()).isEqualTo("https://ci.example.com/job/ops/job/job/5/console");
        assertThat(facts.causes()).containsExactly("Started by timer");
        assertThat(facts.testSummary()).isEmpty();
        assertThat(facts.toBuilder().build()).isEqualTo(facts);
        assertThatThrownBy(() -> BuildFacts.builder(" ", 1).build()).hasMessageStartingWith("build.jobFullName:");
        assertThatThrownBy(() -> BuildFacts.builder("j", -1).build()).hasMessageStartingWith("build.number:");
        assertThatThrownBy(() -> BuildFacts.builder("j", 1)
                        .buildUrl("file:///etc/passwd")
                        .build())
                .hasMessageStartingWith("build.url:");
        assertThatThrownBy(() -> BuildFacts.builder("j", 1).tests(1, -1, 0)).hasMessageStartingWith("build.tests:");
        assertThatThrownBy(() -> Inspection.builder("").build()).hasMessageStartingWith("title:");
    }
}
