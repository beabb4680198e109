package io.jenkins.plugins.dingtalkinspect.robot.message;

import io.jenkins.plugins.dingtalkinspect.robot.InvalidInputException;

/** A link card. DingTalk does not support mentions on it. {@code picUrl} may be empty. */
public record LinkMessage(String title, String text, String messageUrl, String picUrl) implements Message {

    public LinkMessage {
        InvalidInputException.requireText("link.title", title);
        InvalidInputException.requireText("link.text", text);
        messageUrl = Links.requireUrl("link.messageUrl", messageUrl);
        picUrl = picUrl == null || picUrl.isBlank() ? "" : Links.requireUrl("link.picUrl", picUrl);
    }

    @Override
    public String msgtype() {
        return "link";
    }

    @Override
    public String searchableText() {
        return title + "\n" + text;
    }

    @Override
    public Message withAppendedText(String suffix) {
        return new LinkMessage(title, text + suffix, messageUrl, picUrl);
    }

    @Override
    public String mainText() {
        return text;
    }

    @Override
    public Message withMainText(String newText) {
        return new LinkMessage(title, newText, messageUrl, picUrl);
    }
}
