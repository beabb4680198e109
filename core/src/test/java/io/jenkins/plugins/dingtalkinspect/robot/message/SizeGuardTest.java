package io.jenkins.plugins.dingtalkinspect.robot.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class SizeGuardTest {

    private static int size(Message m) {
        return MessageJson.toBytes(m, "00000000-0000-0000-0000-000000000000").length;
    }

    private static final String UUID = "00000000-0000-0000-0000-000000000000";

    @Test
    void leavesAFittingBodyAlone() {
        Message m = new MarkdownMessage("t", "短内容");
        assertThat(SizeGuard.fit(m, UUID, SizeGuard.MAX_BODY_BYTES)).isSameAs(m);
    }

    @Test
    void aBodyOfExactlyTheLimitIsKeptAndOneByteMoreIsCut() {
        Message probe = new TextMessage("x");
        int overhead = size(probe) - 1;
        Message exact = new TextMessage("x".repeat(SizeGuard.MAX_BODY_BYTES - overhead));
        assertThat(size(exact)).isEqualTo(SizeGuard.MAX_BODY_BYTES);
        assertThat(SizeGuard.fit(exact, UUID, SizeGuard.MAX_BODY_BYTES)).isSameAs(exact);

        Message over = new TextMessage("x".repeat(SizeGuard.MAX_BODY_BYTES - overhead + 1));
        Message cut = SizeGuard.fit(over, UUID, SizeGuard.MAX_BODY_BYTES);
        assertThat(size(cut)).isLessThanOrEqualTo(SizeGuard.MAX_BODY_BYTES);
        assertThat(((TextMessage) cut).content()).contains("truncated:").contains("已省略");
    }

    @Test
    void cutsMultiByteTextOnACharacterBoundaryWithinTheLimit() {
        // 3-byte CJK and 4-byte emoji (a surrogate pair) mixed, no line breaks to fall back on
        String text = "巡检🚀".repeat(5_000);
        Message cut = SizeGuard.fit(new MarkdownMessage("t", text), UUID, SizeGuard.MAX_BODY_BYTES);
        String kept = ((MarkdownMessage) cut).text();
        assertThat(size(cut)).isBetween(SizeGuard.MAX_BODY_BYTES - 200, SizeGuard.MAX_BODY_BYTES);
        String beforeNote = kept.substring(0, kept.indexOf("\n\n> "));
        assertThat(text).startsWith(beforeNote);
        // re-encoding loses nothing: no half surrogate, no broken UTF-8
        assertThat(new String(kept.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8))
                .isEqualTo(kept);
        int omitted = text.getBytes(StandardCharsets.UTF_8).length - beforeNote.getBytes(StandardCharsets.UTF_8).length;
        assertThat(kept).endsWith("(truncated: " + omitted + " bytes omitted)");
    }

    @Test
    void prefersALineBreakAndNeverLeavesALinkOrTagOpen() {
        String line = "- [备份 ok](https://ci.example.com/job/backup/1/) <font color=#008000>正常</font>\n";
        Message cut = SizeGuard.fit(new MarkdownMessage("t", line.repeat(400)), UUID, SizeGuard.MAX_BODY_BYTES);
        String kept = ((MarkdownMessage) cut).text();
        String beforeNote = kept.substring(0, kept.indexOf("\n\n> "));
        assertThat(beforeNote + "\n").endsWith(line);
        assertThat(size(cut)).isLessThanOrEqualTo(SizeGuard.MAX_BODY_BYTES);
    }

    @Test
    void aLongSingleLineIsCutBeforeAnUnfinishedLinkOrTag() {
        assertThat(SizeGuard.markdownSafeEnd("aa[text](http://x", 14)).isEqualTo(2);
        assertThat(SizeGuard.markdownSafeEnd("aaaa<font color", 12)).isEqualTo(4);
        assertThat(SizeGuard.markdownSafeEnd("short", 5)).isEqualTo(5);
    }

    @Test
    void closesAnOpenCodeFence() {
        String text = "```\n" + "log line\n".repeat(5_000);
        String kept = ((TextMessage) SizeGuard.fit(new TextMessage(text), UUID, 5_000)).content();
        assertThat(kept).contains("\n```\n\n> ");
        assertThat(SizeGuard.closeFence("```a```")).isEqualTo("```a```");
    }

    @Test
    void accountsForJsonEscaping() {
        // every quote becomes two bytes in JSON
        Message m = new TextMessage("\"".repeat(15_000));
        assertThat(size(SizeGuard.fit(m, UUID, SizeGuard.MAX_BODY_BYTES)))
                .isLessThanOrEqualTo(SizeGuard.MAX_BODY_BYTES);
    }

    @Test
    void failsClearlyWhenEvenAnEmptyTextCannotFit() {
        List<FeedCardMessage.Item> items = java.util.Collections.nCopies(
                300,
                new FeedCardMessage.Item(
                        "a long title ".repeat(5), "https://x.example.com/a", "https://x.example.com/a.png"));
        assertThatThrownBy(() -> SizeGuard.fit(new FeedCardMessage(items), UUID, SizeGuard.MAX_BODY_BYTES))
                .hasMessageContaining("feedCard")
                .hasMessageContaining("20000 bytes");
    }
}
