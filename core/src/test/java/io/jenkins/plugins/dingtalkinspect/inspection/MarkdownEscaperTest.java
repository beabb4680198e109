package io.jenkins.plugins.dingtalkinspect.inspection;

import static io.jenkins.plugins.dingtalkinspect.inspection.MarkdownEscaper.inline;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.dingtalkinspect.robot.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MarkdownEscaperTest {

    @Test
    void emphasisAndCodeCharactersGetABackslash() {
        assertThat(inline("**bold** _it_ `code` ~~gone~~ a\\b"))
                .isEqualTo("\\*\\*bold\\*\\* \\_it\\_ \\`code\\` \\~\\~gone\\~\\~ a\\\\b");
    }

    @Test
    void linksAndImagesLoseTheirBrackets() {
        assertThat(inline("[x](http://evil)")).isEqualTo("［x］(http://evil)").doesNotContain("[");
        assertThat(inline("![](http://img/a.png)")).isEqualTo("!［］(http://img/a.png)");
        assertThat(inline("[ref][1]")).doesNotContain("[").doesNotContain("]");
    }

    @Test
    void htmlCannotOpenATag() {
        assertThat(inline("<font color=red>红</font>")).isEqualTo("＜font color=red＞红＜/font＞");
        assertThat(inline("<script>alert(1)</script>")).doesNotContain("<").doesNotContain(">");
        assertThat(inline("<http://evil>")).doesNotContain("<");
    }

    @Test
    void anAtSignCannotMakeAMention() {
        assertThat(inline("call @13800000000 now")).isEqualTo("call ＠13800000000 now");
        assertThat(inline("ops@example.com")).isEqualTo("ops＠example.com");
    }

    @Test
    void aValueStaysOnOneLineWithoutInvisibleCharacters() {
        assertThat(inline("a\n\n# heading\r\n- item\tend")).isEqualTo("a # heading - item end");
        // a right-to-left override would make the value display reversed; zero-widths hide text
        assertThat(inline("abc\u202Edef\u200Bghi\u0000")).isEqualTo("abcdefghi");
        assertThat(inline("  padded  ")).isEqualTo("padded");
        assertThat(inline(null)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "# title|\\# title",
                "### title|\\### title",
                "- item|\\- item",
                "+ item|\\+ item",
                "---|\\---",
                "===|\\===",
                "1. first|1\\. first",
                "2) second|2\\) second",
                "#42|#42",
                "-1 degrees|-1 degrees",
                "3.14|3.14",
                "a - b|a - b"
            })
    void blockMarkersAreEscapedOnlyAtTheStartAndOnlyWhenTheyWouldCount(String value, String expected) {
        assertThat(inline(value)).isEqualTo(expected);
    }

    @Test
    void longValuesAreCutOnACharacterWithAnEllipsis() {
        assertThat(inline("巡检".repeat(10), 5)).isEqualTo("巡检巡检…");
        assertThat(inline("🚀".repeat(10), 3)).isEqualTo("🚀🚀…");
        assertThat(inline("short", 5)).isEqualTo("short");
    }

    @Test
    void plainTextFoldsLinesAndBreaksMentionsButKeepsMarkdownCharacters() {
        assertThat(MarkdownEscaper.plain("备份\n检查 **@13800000000** [x]", 100)).isEqualTo("备份 检查 **＠13800000000** [x]");
    }

    @Test
    void urlsArePercentEncodedWhereTheyCouldEndALinkOrStartMarkdown() {
        assertThat(MarkdownEscaper.url("u", " https://ci.example.com/job/a (b)/1/ "))
                .isEqualTo("https://ci.example.com/job/a%20%28b%29/1/");
        assertThat(MarkdownEscaper.url("u", "https://x.example.com/a)[y](http://evil)"))
                .isEqualTo("https://x.example.com/a%29%5By%5D%28http://evil%29");
        assertThat(MarkdownEscaper.url("u", "https://x.example.com/u/@13800000000"))
                .isEqualTo("https://x.example.com/u/%4013800000000");
        assertThat(MarkdownEscaper.url("u", "https://x.example.com/作业/1"))
                .isEqualTo("https://x.example.com/%E4%BD%9C%E4%B8%9A/1");
        assertThat(MarkdownEscaper.url("u", "http://[::1]:8080/job/x_y/")).isEqualTo("http://[::1]:8080/job/x_y/");
        assertThat(MarkdownEscaper.url("u", "  ")).isNull();
        assertThat(MarkdownEscaper.url("u", null)).isNull();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "javascript:alert(1)",
                "ftp://x.example.com/",
                "not a url",
                "https://",
                "https://user:pass@x.example.com/",
                "https://ci.example.com@evil.example.com/",
                "dingtalk://dingtalkclient/page/link?url=x"
            })
    void urlsThatAreNotPlainWebLinksAreRefusedNamingTheField(String value) {
        assertThatThrownBy(() -> MarkdownEscaper.url("detailsUrl", value))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("detailsUrl: must be an http(s):// URL");
    }
}
