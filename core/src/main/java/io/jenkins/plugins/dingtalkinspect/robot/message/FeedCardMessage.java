package io.jenkins.plugins.dingtalkinspect.robot.message;

import io.jenkins.plugins.dingtalkinspect.robot.InvalidInputException;
import java.util.ArrayList;
import java.util.List;

/** A list of links, each with a picture. DingTalk does not support mentions on it. */
public record FeedCardMessage(List<Item> links) implements Message {

    public record Item(String title, String messageUrl, String picUrl) {
        public Item {
            InvalidInputException.requireText("feedCard.links.title", title);
            messageUrl = Links.requireUrl("feedCard.links.messageURL", messageUrl);
            picUrl = Links.requireUrl("feedCard.links.picURL", picUrl);
        }
    }

    public FeedCardMessage {
        if (links == null || links.isEmpty()) {
            throw new InvalidInputException("feedCard.links", "needs at least one link");
        }
        links = List.copyOf(links);
    }

    @Override
    public String msgtype() {
        return "feedCard";
    }

    @Override
    public String searchableText() {
        return String.join("\n", links.stream().map(Item::title).toList());
    }

    /** A feed card has no body text: a needed keyword goes into the first link's title. */
    @Override
    public Message withAppendedText(String suffix) {
        List<Item> out = new ArrayList<>(links);
        Item first = out.get(0);
        out.set(0, new Item(first.title() + suffix, first.messageUrl(), first.picUrl()));
        return new FeedCardMessage(out);
    }

    @Override
    public String mainText() {
        return "";
    }

    @Override
    public Message withMainText(String text) {
        return this;
    }
}
