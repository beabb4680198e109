package io.jenkins.plugins.dingtalkinspect.robot.message;

import java.util.List;
import java.util.regex.Pattern;

/**
 * DingTalk only shows a mention when {@code @mobile}/{@code @userId} also appears in the text, and
 * answers success either way: a mention missing from the text notifies nobody, silently.
 */
public final class Mentions {

    private Mentions() {}

    /** The message with every mention's handle present in its text (appended on a last line). */
    public static Message ensureRendered(Message message) {
        List<String> missing = message.at().handles().stream()
                .filter(h -> !containsHandle(message.mainText(), h))
                .toList();
        if (missing.isEmpty()) {
            return message;
        }
        String separator = message instanceof TextMessage ? "\n" : "\n\n";
        return message.withAppendedText(separator + String.join(" ", missing));
    }

    /** A handle counts only as a whole word: {@code @1380000000} must not satisfy {@code @13800000000}'s neighbour. */
    static boolean containsHandle(String text, String handle) {
        return Pattern.compile(Pattern.quote(handle) + "(?![A-Za-z0-9_$.\\-])")
                .matcher(text)
                .find();
    }
}
