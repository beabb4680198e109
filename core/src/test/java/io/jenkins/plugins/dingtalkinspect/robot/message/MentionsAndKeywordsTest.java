package io.jenkins.plugins.dingtalkinspect.robot.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MentionsAndKeywordsTest {

    @Test
    void writesMissingMentionsIntoTheText() {
        Message m = Mentions.ensureRendered(
                new TextMessage("备份失败", At.of(List.of("13800000000"), List.of("ops01"), false)));
        assertThat(((TextMessage) m).content()).isEqualTo("备份失败\n@13800000000 @ops01");
    }

    @Test
    void keepsMentionsAlreadyInTheText() {
        MarkdownMessage original =
                new MarkdownMessage("t", "请 @13800000000 处理", At.mobiles("13800000000", "+852-12345678"));
        MarkdownMessage m = (MarkdownMessage) Mentions.ensureRendered(original);
        assertThat(m.text()).isEqualTo("请 @13800000000 处理\n\n@+852-12345678");
        assertThat(Mentions.ensureRendered(m)).isEqualTo(m);
    }

    @Test
    void aLongerNumberDoesNotCountAsTheMention() {
        assertThat(Mentions.containsHandle("@138000000001", "@13800000000")).isFalse();
        assertThat(Mentions.containsHandle("x @13800000000, y", "@13800000000")).isTrue();
    }

    @Test
    void actionCardsGetMentionsToo() {
        ActionCardMessage card =
                ActionCardMessage.single("t", "x", "b", "https://a.example.com").withAt(At.userIds("u1"));
        assertThat(((ActionCardMessage) Mentions.ensureRendered(card)).text()).isEqualTo("x\n\n@u1");
    }

    @Test
    void everyoneNeedsNoHandle() {
        Message m = new TextMessage("x", At.all());
        assertThat(Mentions.ensureRendered(m)).isEqualTo(m);
    }

    @Test
    void validatesMobilesAndUserIdsAndTheirCount() {
        assertThatThrownBy(() -> At.mobiles("12345"))
                .hasMessageContaining("atMobiles")
                .hasMessageContaining("+852-12345678");
        assertThatThrownBy(() -> At.mobiles("+852 12345678")).hasMessageContaining("atMobiles");
        assertThat(At.mobiles("+852-12345678", "13800000000").atMobiles()).hasSize(2);
        assertThatThrownBy(() -> At.userIds("bad id")).hasMessageContaining("atUserIds");
        List<String> many = new ArrayList<>();
        for (int i = 0; i < 51; i++) {
            many.add("u" + i);
        }
        assertThatThrownBy(() -> At.of(List.of(), many, false)).hasMessageContaining("at most 50");
        assertThat(At.of(null, List.of(" u1 ", "u1", ""), false).atUserIds()).containsExactly("u1");
    }

    @Test
    void parsesMentionsAsTypedIntoAFormOrAStep() {
        At at = At.parse("13800000000, +852-12345678\n13800000000", "user01;user02", false);
        assertThat(at.atMobiles()).containsExactly("13800000000", "+852-12345678");
        assertThat(at.atUserIds()).containsExactly("user01", "user02");
        assertThat(at.isAtAll()).isFalse();
        assertThat(At.parse(null, " ", true)).isEqualTo(At.all());
        assertThat(At.parse(null, null, false)).isEqualTo(At.NONE);
        assertThatThrownBy(() -> At.parse("13800000000, 123", null, false))
                .hasMessageStartingWith("atMobiles:")
                .hasMessageContaining("'123'");
    }

    @Test
    void addsAKeywordOnlyWhenNoneIsPresent() {
        List<String> keywords = List.of("巡检", "告警");
        assertThat(Keywords.ensurePresent(new TextMessage("磁盘告警"), keywords)).isEqualTo(new TextMessage("磁盘告警"));
        assertThat(((TextMessage) Keywords.ensurePresent(new TextMessage("磁盘满"), keywords)).content())
                .isEqualTo("磁盘满\n巡检");
        assertThat(((MarkdownMessage) Keywords.ensurePresent(new MarkdownMessage("t", "x"), keywords)).text())
                .isEqualTo("x\n\n巡检");
        assertThat(Keywords.ensurePresent(new MarkdownMessage("巡检报告", "x"), keywords))
                .as("the markdown title counts")
                .isEqualTo(new MarkdownMessage("巡检报告", "x"));
        FeedCardMessage feed = new FeedCardMessage(
                List.of(new FeedCardMessage.Item("a", "https://x.example.com/a", "https://x.example.com/a.png")));
        assertThat(((FeedCardMessage) Keywords.ensurePresent(feed, keywords))
                        .links()
                        .get(0)
                        .title())
                .isEqualTo("a 巡检");
        assertThat(Keywords.ensurePresent(new TextMessage("x"), List.of())).isEqualTo(new TextMessage("x"));
    }
}
