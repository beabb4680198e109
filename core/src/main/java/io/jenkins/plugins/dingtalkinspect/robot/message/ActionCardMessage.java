package io.jenkins.plugins.dingtalkinspect.robot.message;

import io.jenkins.plugins.dingtalkinspect.robot.InvalidInputException;
import java.util.List;

/**
 * An action card with either one button ({@code singleTitle}/{@code singleUrl}) or several
 * ({@code buttons}), never both.
 */
public record ActionCardMessage(
        String title,
        String text,
        String singleTitle,
        String singleUrl,
        List<Button> buttons,
        boolean horizontalButtons,
        At at)
        implements Message {

    public record Button(String title, String actionUrl) {
        public Button {
            InvalidInputException.requireText("actionCard.btns.title", title);
            actionUrl = Links.requireUrl("actionCard.btns.actionURL", actionUrl);
        }
    }

    public ActionCardMessage {
        InvalidInputException.requireText("actionCard.title", title);
        InvalidInputException.requireText("actionCard.text", text);
        buttons = buttons == null ? List.of() : List.copyOf(buttons);
        at = at == null ? At.NONE : at;
        boolean single = singleTitle != null || singleUrl != null;
        if (single && !buttons.isEmpty()) {
            throw new InvalidInputException("actionCard", "use either singleTitle/singleURL or btns, not both");
        }
        if (single) {
            InvalidInputException.requireText("actionCard.singleTitle", singleTitle);
            singleUrl = Links.requireUrl("actionCard.singleURL", singleUrl);
        } else if (buttons.isEmpty()) {
            throw new InvalidInputException("actionCard", "needs singleTitle/singleURL or at least one button in btns");
        }
    }

    public static ActionCardMessage single(String title, String text, String buttonTitle, String url) {
        return new ActionCardMessage(title, text, buttonTitle, url, List.of(), false, At.NONE);
    }

    public static ActionCardMessage buttons(String title, String text, List<Button> buttons, boolean horizontal) {
        return new ActionCardMessage(title, text, null, null, buttons, horizontal, At.NONE);
    }

    public ActionCardMessage withAt(At newAt) {
        return new ActionCardMessage(title, text, singleTitle, singleUrl, buttons, horizontalButtons, newAt);
    }

    @Override
    public String msgtype() {
        return "actionCard";
    }

    @Override
    public String searchableText() {
        return title + "\n" + text;
    }

    @Override
    public Message withAppendedText(String suffix) {
        return withMainText(text + suffix);
    }

    @Override
    public String mainText() {
        return text;
    }

    @Override
    public Message withMainText(String newText) {
        return new ActionCardMessage(title, newText, singleTitle, singleUrl, buttons, horizontalButtons, at);
    }
}
