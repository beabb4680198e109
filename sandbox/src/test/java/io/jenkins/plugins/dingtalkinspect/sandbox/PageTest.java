package io.jenkins.plugins.dingtalkinspect.sandbox;

import static io.jenkins.plugins.dingtalkinspect.sandbox.TestHttp.get;
import static io.jenkins.plugins.dingtalkinspect.sandbox.TestHttp.markdown;
import static io.jenkins.plugins.dingtalkinspect.sandbox.TestHttp.postJson;
import static io.jenkins.plugins.dingtalkinspect.sandbox.TestHttp.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jenkins.plugins.dingtalkinspect.sandbox.TestHttp.Answer;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PageTest {

    private static final String TOKEN = "f00dfeed-page-token";
    private static final String SECRET = "SECpage-secret-value-42";

    private DingTalkSandbox sandbox;
    private URI signedOps;
    private URI dev;

    @BeforeEach
    void start() {
        sandbox = DingTalkSandbox.start(SandboxOptions.defaults()
                .withRobots(
                        SandboxRobot.signed("运维 ops", TOKEN, SECRET),
                        SandboxRobot.tokenOnly("<b>dev</b>", "dev-token")));
        signedOps = TestHttp.signed(sandbox, TOKEN, Instant.now().toEpochMilli(), SECRET);
        dev = TestHttp.unsigned(sandbox, "dev-token");
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    @Test
    void showsEachMessageAsACardWithBadges() throws Exception {
        postJson(signedOps, markdown("日报", "## 巡检结果\n\n- 磁盘 **正常**"));
        postJson(TestHttp.unsigned(sandbox, TOKEN), text("unsigned"));

        Answer page = get(sandbox.baseUri());

        assertThat(page.status()).isEqualTo(200);
        String html = page.body();
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<meta charset=\"utf-8\">");
        assertThat(cards(html)).isEqualTo(2);
        assertThat(html)
                .contains("data-msgtype=\"markdown\" data-errcode=\"0\" data-signature=\"VALID\"")
                .contains("data-msgtype=\"text\" data-errcode=\"310000\" data-signature=\"MISSING\"")
                .contains("<h2>巡检结果</h2>")
                .contains("<strong>正常</strong>")
                .contains("class=\"badge errcode good\"")
                .contains("class=\"badge errcode bad\"");
        assertThat(html.indexOf("巡检结果")).isLessThan(html.indexOf("unsigned"));
    }

    @Test
    void groupsMessagesByRobotAndEscapesRobotNames() throws Exception {
        postJson(dev, text("from dev"));
        postJson(signedOps, text("from ops"));

        String html = get(sandbox.baseUri()).body();

        assertThat(html).contains("<h2>运维 ops</h2>").contains("<h2>&lt;b&gt;dev&lt;/b&gt;</h2>");
        assertThat(html).doesNotContain("<b>dev</b>");
        int opsSection = html.indexOf("data-robot=\"运维 ops\"");
        int devSection = html.indexOf("data-robot=\"&lt;b&gt;dev&lt;/b&gt;\"");
        assertThat(opsSection).isPositive().isLessThan(html.indexOf("from ops"));
        assertThat(devSection).isGreaterThan(html.indexOf("from ops")).isLessThan(html.indexOf("from dev"));
    }

    @Test
    void escapesScriptInTitlesAndTexts() throws Exception {
        postJson(dev, markdown("<script>alert(1)</script>", "<script>alert(2)</script> <img src=x onerror=alert(3)>"));
        postJson(dev, text("<script>alert(4)</script>"));
        postJson(dev, "<script>alert(5)</script>");

        String html = get(sandbox.baseUri()).body();

        assertThat(html).doesNotContainIgnoringCase("<script").doesNotContain("<img");
        assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;").contains("&lt;script&gt;alert(4)");
    }

    @Test
    void keepsDingTalkFontColoursAsFontElements() throws Exception {
        postJson(dev, markdown("告警", "### <font color=\"#FF0000\">严重</font> 磁盘\n\n<font color=#00aa00>ok</font>"));

        String html = get(sandbox.baseUri()).body();

        assertThat(html).contains("<font color=\"#FF0000\">严重</font>").contains("<font color=\"#00aa00\">ok</font>");
    }

    @Test
    void neverShowsTheTokenOrSecret() throws Exception {
        postJson(signedOps, text("hello " + "巡检"));
        postJson(TestHttp.unsigned(sandbox, "unknown-token-xyz"), text("who"));
        postJson(URI.create(sandbox.webhookEndpoint() + "?access_token=" + TOKEN + "&timestamp=1&sign=abc"), text("x"));

        String html = get(sandbox.baseUri()).body();

        assertThat(html)
                .doesNotContain(TOKEN)
                .doesNotContain(SECRET)
                .doesNotContain("unknown-token-xyz")
                .doesNotContain(URLEncoder.encode(TOKEN, StandardCharsets.UTF_8))
                .contains("Unknown token");
    }

    @Test
    void showsMentionsAsChipsAndFlagsThoseMissingFromTheText() throws Exception {
        ObjectNode body = (ObjectNode) TestHttp.MAPPER.readTree(text("请 @13800000000 处理"));
        ObjectNode at = body.putObject("at");
        at.putArray("atMobiles").add("13800000000").add("+852-12345678");
        at.putArray("atUserIds").add("zhangsan");
        at.put("isAtAll", true);
        postJson(dev, body.toString());

        String html = get(sandbox.baseUri()).body();

        assertThat(html)
                .contains("<span class=\"chip mention\" title=\"mentioned\">@13800000000</span>")
                .containsPattern("class=\"chip mention not-in-text\"[^>]*>@\\+852-12345678<")
                .containsPattern("class=\"chip mention not-in-text\"[^>]*>@zhangsan<")
                .contains("@所有人");
    }

    @Test
    void rendersLinksActionCardsAndFeedCardsWithSafeLinks() throws Exception {
        postJson(
                dev,
                "{\"msgtype\":\"link\",\"link\":{\"title\":\"构建 #12\",\"text\":\"passed\","
                        + "\"messageUrl\":\"https://ci.example/job/12\",\"picUrl\":\"https://ci.example/p.png\"}}");
        postJson(
                dev,
                "{\"msgtype\":\"actionCard\",\"actionCard\":{\"title\":\"巡检\",\"text\":\"**3** hosts\","
                        + "\"btnOrientation\":\"1\",\"btns\":[{\"title\":\"详情\",\"actionURL\":\"https://ci.example/d\"},"
                        + "{\"title\":\"evil\",\"actionURL\":\"javascript:alert(1)\"}]}}");
        postJson(
                dev,
                "{\"msgtype\":\"actionCard\",\"actionCard\":{\"title\":\"one\",\"text\":\"t\","
                        + "\"singleTitle\":\"阅读全文\",\"singleURL\":\"https://ci.example/all\"}}");
        postJson(
                dev,
                "{\"msgtype\":\"feedCard\",\"feedCard\":{\"links\":[{\"title\":\"first\","
                        + "\"messageURL\":\"https://ci.example/1\",\"picURL\":\"https://ci.example/1.png\"}]}}");
        postJson(dev, markdown("x", "[click](javascript:alert(6)) ![chart](https://ci.example/c.png)"));

        String html = get(sandbox.baseUri()).body();

        assertThat(cards(html)).isEqualTo(5);
        assertThat(html)
                .contains("href=\"https://ci.example/job/12\"")
                .contains("class=\"buttons horizontal\"")
                .contains("<a class=\"btn\" href=\"https://ci.example/d\"")
                .contains("<a class=\"btn\" href=\"https://ci.example/all\"")
                .contains("href=\"https://ci.example/1\"")
                .contains("[image: chart]")
                .doesNotContain("javascript:alert")
                .doesNotContain("<img");
    }

    @Test
    void showsRequestsThatAreNotJsonAsRawText() throws Exception {
        postJson(dev, "msgtype=text&content=<hi>");

        String html = get(sandbox.baseUri()).body();

        assertThat(html).contains("<pre class=\"raw\">msgtype=text&amp;content=&lt;hi&gt;</pre>");
        assertThat(html).contains("data-errcode=\"40035\"");
    }

    @Test
    void canRefreshItselfOnRequest() throws Exception {
        assertThat(get(sandbox.baseUri()).body()).doesNotContain("http-equiv=\"refresh\"");
        assertThat(get(sandbox.baseUri().resolve("?refresh=5")).body())
                .contains("<meta http-equiv=\"refresh\" content=\"5\">");
    }

    private static int cards(String html) {
        Matcher matcher = Pattern.compile("<article class=\"card ").matcher(html);
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }
}
