package io.jenkins.plugins.dingtalkinspect.robot.message;

import java.util.List;

/**
 * A robot secured by keywords rejects (310000) any message containing none of them. Rather than
 * fail the delivery, the first keyword is added where readers will see it but it disturbs least.
 */
public final class Keywords {

    private Keywords() {}

    public static Message ensurePresent(Message message, List<String> keywords) {
        if (keywords.isEmpty()) {
            return message;
        }
        String text = message.searchableText();
        if (keywords.stream().anyMatch(text::contains)) {
            return message;
        }
        String keyword = keywords.get(0);
        if (message instanceof TextMessage) {
            return message.withAppendedText("\n" + keyword);
        }
        if (message instanceof FeedCardMessage) {
            return message.withAppendedText(" " + keyword);
        }
        return message.withAppendedText("\n\n" + keyword);
    }
}
