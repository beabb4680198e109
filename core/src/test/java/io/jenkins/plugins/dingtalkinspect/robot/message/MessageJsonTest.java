package io.jenkins.plugins.dingtalkinspect.robot.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.dingtalkinspect.robot.InvalidInputException;
import java.util.List;
import org.junit.jupiter.api.Test;

class MessageJsonTest {

    @Test
    void text() {
        TextMessage m = new TextMessage("磁盘告警 @13800000000", At.mobiles("13800000000"));
        assertThat(MessageJson.toJsonString(m, "u1"))
                .isEqualTo("{\"msgtype\":\"text\",\"text\":{\"content\":\"磁盘告警 @13800000000\"},"
                        + "\"at\":{\"atMobiles\":[\"13800000000\"],\"atUserIds\":[],\"isAtAll\":false},"
                        + "\"msgUuid\":\"u1\"}");
    }

    @Test
    void markdownWithoutMentionsHasNoAtObject() {
        assertThat(MessageJson.toJsonString(new MarkdownMessage("标题", "# 内容"), "u2"))
                .isEqualTo("{\"msgtype\":\"markdown\",\"markdown\":{\"title\":\"标题\",\"text\":\"# 内容\"},"
                        + "\"msgUuid\":\"u2\"}");
    }

    @Test
    void markdownMentioningEveryone() {
        assertThat(MessageJson.toJsonString(new MarkdownMessage("t", "x", At.all()), null))
                .isEqualTo("{\"msgtype\":\"markdown\",\"markdown\":{\"title\":\"t\",\"text\":\"x\"},"
                        + "\"at\":{\"atMobiles\":[],\"atUserIds\":[],\"isAtAll\":true}}");
    }

    @Test
    void link() {
        LinkMessage m = new LinkMessage("t", "x", "https://ci.example.com/job/1/", "");
        assertThat(MessageJson.toJsonString(m, "u3"))
                .isEqualTo("{\"msgtype\":\"link\",\"link\":{\"title\":\"t\",\"text\":\"x\","
                        + "\"messageUrl\":\"https://ci.example.com/job/1/\",\"picUrl\":\"\"},\"msgUuid\":\"u3\"}");
    }

    @Test
    void actionCardWithOneButton() {
        ActionCardMessage m = ActionCardMessage.single("t", "x", "查看", "https://ci.example.com/");
        assertThat(MessageJson.toJsonString(m, "u4"))
                .isEqualTo("{\"msgtype\":\"actionCard\",\"actionCard\":{\"title\":\"t\",\"text\":\"x\","
                        + "\"singleTitle\":\"查看\",\"singleURL\":\"https://ci.example.com/\",\"btnOrientation\":\"0\"},"
                        + "\"msgUuid\":\"u4\"}");
    }

    @Test
    void actionCardWithSeveralButtons() {
        ActionCardMessage m = ActionCardMessage.buttons(
                        "t",
                        "x",
                        List.of(
                                new ActionCardMessage.Button("日志", "https://ci.example.com/console"),
                                new ActionCardMessage.Button("重跑", "dingtalk://dingtalkclient/page/link?x=1")),
                        true)
                .withAt(At.userIds("manager7"));
        assertThat(MessageJson.toJsonString(m, "u5"))
                .isEqualTo(
                        "{\"msgtype\":\"actionCard\",\"actionCard\":{\"title\":\"t\",\"text\":\"x\",\"btns\":["
                                + "{\"title\":\"日志\",\"actionURL\":\"https://ci.example.com/console\"},"
                                + "{\"title\":\"重跑\",\"actionURL\":\"dingtalk://dingtalkclient/page/link?x=1\"}],"
                                + "\"btnOrientation\":\"1\"},"
                                + "\"at\":{\"atMobiles\":[],\"atUserIds\":[\"manager7\"],\"isAtAll\":false},\"msgUuid\":\"u5\"}");
    }

    @Test
    void feedCard() {
        FeedCardMessage m = new FeedCardMessage(List.of(
                new FeedCardMessage.Item("a", "https://x.example.com/a", "https://x.example.com/a.png"),
                new FeedCardMessage.Item("b", "https://x.example.com/b", "https://x.example.com/b.png")));
        assertThat(MessageJson.toJsonString(m, "u6"))
                .isEqualTo("{\"msgtype\":\"feedCard\",\"feedCard\":{\"links\":["
                        + "{\"title\":\"a\",\"messageURL\":\"https://x.example.com/a\",\"picURL\":\"https://x.example.com/a.png\"},"
                        + "{\"title\":\"b\",\"messageURL\":\"https://x.example.com/b\",\"picURL\":\"https://x.example.com/b.png\"}]},"
                        + "\"msgUuid\":\"u6\"}");
    }

    @Test
    void badInputNamesTheFieldAndWhatIsAllowed() {
        assertThatThrownBy(() -> new TextMessage(" "))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("text.content: is required and must not be blank");
        assertThatThrownBy(() -> new MarkdownMessage("", "x")).hasMessageStartingWith("markdown.title:");
        assertThatThrownBy(() -> new LinkMessage("t", "x", null, null)).hasMessageStartingWith("link.messageUrl:");
        assertThatThrownBy(() -> new LinkMessage("t", "x", "javascript:alert(1)", null))
                .hasMessageContaining("link.messageUrl: must be an http(s):// or dingtalk:// URL");
        assertThatThrownBy(() -> new LinkMessage("t", "x", "https:///nohost", null))
                .hasMessageStartingWith("link.messageUrl:");
        assertThatThrownBy(() -> new ActionCardMessage(
                        "t",
                        "x",
                        "b",
                        "https://a.example.com",
                        List.of(new ActionCardMessage.Button("c", "https://b.example.com")),
                        false,
                        null))
                .hasMessageContaining("not both");
        assertThatThrownBy(() -> new ActionCardMessage("t", "x", null, null, List.of(), false, null))
                .hasMessageContaining("at least one button");
        assertThatThrownBy(() -> new FeedCardMessage(List.of())).hasMessageStartingWith("feedCard.links:");
        assertThatThrownBy(() -> new ActionCardMessage.Button("t", "ftp://x")).hasMessageContaining("actionURL");
    }

    @Test
    void mainTextAccessorsSupportTheSizeGuard() {
        Message feed = new FeedCardMessage(
                List.of(new FeedCardMessage.Item("a", "https://x.example.com/a", "https://x.example.com/a.png")));
        assertThat(feed.mainText()).isEmpty();
        assertThat(feed.withMainText("ignored")).isEqualTo(feed);
        Message link = new LinkMessage("t", "x", "https://x.example.com", "https://x.example.com/p.png");
        assertThat(link.withMainText("y").mainText()).isEqualTo("y");
        assertThat(link.withAppendedText("z").searchableText()).isEqualTo("t\nxz");
        assertThat(link.at()).isEqualTo(At.NONE);
    }
}
