package io.jenkins.plugins.dingtalkinspect.sandbox.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownHtmlTest {

    @Test
    void rendersDingTalkMarkdown() {
        String html = MarkdownHtml.render("# 标题\n\n> 引用\n\n**粗** *斜*\n\n- a\n- b\n\n1. one");

        assertThat(html)
                .contains("<h1>标题</h1>")
                .contains("<blockquote>")
                .contains("<strong>粗</strong>")
                .contains("<em>斜</em>")
                .contains("<li>a</li>")
                .contains("<ol>");
    }

    @Test
    void acceptsFontColoursInTheFormsDingTalkUsers() {
        assertThat(MarkdownHtml.render("<font color=#FF0000>a</font>")).contains("<font color=\"#FF0000\">a</font>");
        assertThat(MarkdownHtml.render("<font color='red'>a</font>")).contains("<font color=\"red\">a</font>");
        assertThat(MarkdownHtml.render("<FONT COLOR = \"#abc\">a</FONT>")).contains("<font color=\"#abc\">a</font>");
    }

    @Test
    void keepsFontColoursInAnHtmlBlock() {
        String html = MarkdownHtml.render("<font color=\"#FF0000\">\n严重\n</font>");

        assertThat(html)
                .contains("<font color=\"#FF0000\">")
                .contains("</font>")
                .doesNotContain("&lt;font");
    }

    @Test
    void refusesFontTagsCarryingAnythingButAPlainColour() {
        String html = MarkdownHtml.render("<font color=\"red\" onmouseover=\"alert(1)\">a</font> "
                + "<font color=\"red;background:url(x)\">b</font> <font color=\"javascript:x\">c</font>");

        assertThat(html).doesNotContain("<font").contains("&lt;font color=&quot;red&quot; onmouseover");
        assertThat(html).doesNotContain("</font>");
    }

    @Test
    void closesFontElementsLeftOpenSoColourCannotLeakOut() {
        String html = MarkdownHtml.render("<font color=red>one\n\ntwo");

        assertThat(count(html, "<font ")).isEqualTo(1);
        assertThat(count(html, "</font>")).isEqualTo(1);
        assertThat(html.lastIndexOf("</font>")).isGreaterThan(html.indexOf("two"));
    }

    @Test
    void ignoresStrayClosingTags() {
        assertThat(MarkdownHtml.render("a</font>b")).doesNotContain("</font>").contains("&lt;/font&gt;");
    }

    @Test
    void escapesOtherHtmlAndNeutralisesScriptLinks() {
        String html = MarkdownHtml.render(
                "<div onclick=x>d</div>\n\n<b>bold</b> [x](javascript:alert(1)) " + "`<font color=red>`");

        assertThat(html).doesNotContain("<div").doesNotContain("<b>").doesNotContain("javascript:");
        assertThat(html).contains("<code>&lt;font color=red&gt;</code>");
    }

    @Test
    void showsLinksToOtherSchemesAsPlainText() {
        for (String target : List.of(
                "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
                "DATA:text/html,x",
                " javascript:alert(1)",
                "vbscript:x",
                "file:///etc/passwd",
                "ftp://example.com/x",
                "relative/path")) {
            String html = MarkdownHtml.render("看 [详情](<" + target + ">) 和 <" + target + ">");

            assertThat(html).as(target).doesNotContain("<a").doesNotContain("href");
            assertThat(html).as(target).contains("<span class=\"link-hidden\"").contains(">详情</span>");
        }
        assertThat(MarkdownHtml.render("[x][r]\n\n[r]: data:text/html,x")).doesNotContain("<a");
    }

    @Test
    void keepsWebAndDingTalkLinksClickable() {
        assertThat(MarkdownHtml.render("[详情](https://ops.example.com/a?b=1&c=2 \"t\")"))
                .contains("<a href=\"https://ops.example.com/a?b=1&amp;c=2\" title=\"t\" rel=\"noopener noreferrer\""
                        + " target=\"_blank\">详情</a>");
        assertThat(MarkdownHtml.render("[**打开**](dingtalk://dingtalkclient/page/link?url=x)"))
                .contains("href=\"dingtalk://dingtalkclient/page/link?url=x\"")
                .contains("<strong>打开</strong></a>");
        assertThat(MarkdownHtml.render("<http://ci.example/>")).contains("<a href=\"http://ci.example/\"");
    }

    @Test
    void showsImagesAsPlaceholders() {
        String html = MarkdownHtml.render("![趋势](https://ci.example/t.png \"t\")");

        assertThat(html).doesNotContain("<img").contains("[image: 趋势]").contains("https://ci.example/t.png");
    }

    private static int count(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            count++;
        }
        return count;
    }
}
