package io.jenkins.plugins.dingtalkinspect.sandbox.message;

import java.util.Set;

/** The {@code msgtype} values the custom-robot webhook accepts (case-sensitive, as DingTalk documents them). */
public final class MessageTypes {

    public static final String TEXT = "text";
    public static final String MARKDOWN = "markdown";
    public static final String LINK = "link";
    public static final String ACTION_CARD = "actionCard";
    public static final String FEED_CARD = "feedCard";

    private static final Set<String> SUPPORTED = Set.of(TEXT, MARKDOWN, LINK, ACTION_CARD, FEED_CARD);

    private MessageTypes() {}

    public static boolean supported(String msgtype) {
        return msgtype != null && SUPPORTED.contains(msgtype);
    }
}
