package io.jenkins.plugins.dingtalkinspect.robot.message;

import io.jenkins.plugins.dingtalkinspect.robot.InvalidInputException;

public record TextMessage(String content, At at) implements Message {

    public TextMessage {
        InvalidInputException.requireText("text.content", content);
        at = at == null ? At.NONE : at;
    }

    public TextMessage(String content) {
        this(content, At.NONE);
    }

    @Override
    public String msgtype() {
        return "text";
    }

    @Override
    public String searchableText() {
        return content;
    }

    @Override
    public Message withAppendedText(String suffix) {
        return new TextMessage(content + suffix, at);
    }

    @Override
    public String mainText() {
        return content;
    }

    @Override
    public Message withMainText(String text) {
        return new TextMessage(text, at);
    }
}
