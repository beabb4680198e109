package io.jenkins.plugins.dingtalkinspect.robot.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.dingtalkinspect.robot.InvalidInputException;
import java.util.List;
import org.junit.jupiter.api.Test;

class MessageParserTest {

    /** What MessageJson writes, MessageParser reads back to an equal message. */
    @Test
    void everyMessageTypeRoundTrips() {
        List<Message> messages = List.of(
                new TextMessage("磁盘告警 @13800000000", At.mobiles("13800000000")),
                new MarkdownMessage("标题", "# 内容", At.all()),
                new LinkMessage("t", "x", "https://ci.example.com/job/1/", "https://ci.example.com/p.png"),
                ActionCardMessage.single("t", "x", "查看", "https://ci.example.com/"),
                ActionCardMessage.buttons(
                                "t",
                                "x",
                                List.of(
                                        new ActionCardMessage.Button("日志", "https://ci.example.com/console"),
                                        new ActionCardMessage.Button("重跑", "https://ci.example.com/rebuild")),
                                true)
                        .withAt(At.userIds("manager7")),
                new FeedCardMessage(List.of(
                        new FeedCardMessage.Item("a", "https://x.example.com/a", "https://x.example.com/a.png"))));
        for (Message m : messages) {
            assertThat(MessageParser.parse(MessageJson.toJsonString(m, "u1"))).isEqualTo(m);
        }
    }

    @Test
    void problemsNameTheField() {
        assertThatThrownBy(() -> MessageParser.parse("{\"msgtype\":"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("body: is not valid JSON (line 1");
        assertThatThrownBy(() -> MessageParser.parse("[]")).hasMessageStartingWith("body:");
        assertThatThrownBy(() -> MessageParser.parse("{\"msgtype\":\"image\"}"))
                .hasMessage("msgtype: must be one of text, markdown, link, actionCard, feedCard; got 'image'");
        assertThatThrownBy(() -> MessageParser.parse("{\"msgtype\":\"markdown\"}"))
                .hasMessageStartingWith("markdown: is missing");
        assertThatThrownBy(() -> MessageParser.parse("{\"msgtype\":\"markdown\",\"markdown\":{\"title\":\"t\"}}"))
                .hasMessageStartingWith("markdown.text:");
        assertThatThrownBy(() -> MessageParser.parse("{\"msgtype\":\"text\",\"text\":{\"content\":1}}"))
                .hasMessage("text.content: must be a string");
        assertThatThrownBy(() -> MessageParser.parse(
                        "{\"msgtype\":\"text\",\"text\":{\"content\":\"x\"},\"at\":{\"atMobiles\":\"138\"}}"))
                .hasMessageStartingWith("at.atMobiles:");
        assertThatThrownBy(
                        () -> MessageParser.parse(
                                "{\"msgtype\":\"link\",\"link\":{\"title\":\"t\",\"text\":\"x\",\"messageUrl\":\"javascript:x\"}}"))
                .hasMessageStartingWith("link.messageUrl:");
    }
}
