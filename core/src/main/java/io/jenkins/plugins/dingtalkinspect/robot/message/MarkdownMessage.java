package io.jenkins.plugins.dingtalkinspect.robot.message;

import io.jenkins.plugins.dingtalkinspect.robot.InvalidInputException;

/** {@code title} is what the chat list shows; {@code text} is the markdown body. */
public record MarkdownMessage(String title, String text, At at) implements Message {

    public MarkdownMessage {
        InvalidInputException.requireText("markdown.title", title);
        InvalidInputException.requireText("markdown.text", text);
        at = at == null ? At.NONE : at;
    }

    public MarkdownMessage(String title, String text) {
        this(title, text, At.NONE);
    }

    @Override
    public String msgtype() {
        return "markdown";
    }

    @Override
    public String searchableText() {
        return title + "\n" + text;
    }

    @Override
    public Message withAppendedText(String suffix) {
        return new MarkdownMessage(title, text + suffix, at);
    }

    @Override
    public String mainText() {
        return text;
    }

    @Override
    public Message withMainText(String newText) {
        return new MarkdownMessage(title, newText, at);
    }
}
