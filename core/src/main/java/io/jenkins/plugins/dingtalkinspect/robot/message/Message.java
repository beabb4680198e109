package io.jenkins.plugins.dingtalkinspect.robot.message;

/**
 * A message a custom robot can post. Each kind is a record; {@link MessageJson} writes DingTalk's
 * exact body for it.
 */
public sealed interface Message permits TextMessage, MarkdownMessage, LinkMessage, ActionCardMessage, FeedCardMessage {

    /** DingTalk's {@code msgtype} value. */
    String msgtype();

    /** Mentions; kinds that cannot mention anyone answer {@link At#NONE}. */
    default At at() {
        return At.NONE;
    }

    /** Every piece of text DingTalk searches for a security keyword. */
    String searchableText();

    /** The same message with {@code suffix} appended to its main text, for mentions and keywords. */
    Message withAppendedText(String suffix);

    /** The main text, the part that may be shortened to fit DingTalk's size limit ("" if none). */
    String mainText();

    /** The same message with its main text replaced (used by the size guard). */
    Message withMainText(String text);
}
