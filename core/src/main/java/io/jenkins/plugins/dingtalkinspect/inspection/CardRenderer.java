package io.jenkins.plugins.dingtalkinspect.inspection;

import io.jenkins.plugins.dingtalkinspect.inspection.template.MarkdownTemplate;
import io.jenkins.plugins.dingtalkinspect.robot.InvalidInputException;
import io.jenkins.plugins.dingtalkinspect.robot.message.MarkdownMessage;
import io.jenkins.plugins.dingtalkinspect.robot.message.Mentions;
import io.jenkins.plugins.dingtalkinspect.robot.message.MessageJson;
import io.jenkins.plugins.dingtalkinspect.robot.message.SizeGuard;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.ToIntFunction;

/**
 * Turns an {@link Inspection} into the DingTalk markdown message a group reads: the default card of
 * the chosen language, or the custom template configured for its level.
 *
 * <p>The card is sized as a whole JSON body (with room for a {@code msgUuid} of up to
 * {@value #MAX_MSG_UUID_LENGTH} characters) and only the inspection's content is shortened to fit,
 * so header, title, people and time always survive.
 */
public final class CardRenderer {

    /** A UUID is 36 characters; anything up to this length is allowed for when sizing the card. */
    public static final int MAX_MSG_UUID_LENGTH = 64;

    private static final String UUID_ROOM = "x".repeat(MAX_MSG_UUID_LENGTH);

    /**
     * Room for what delivery may still append: a robot's security keyword when the card contains
     * none (DingTalk allows keywords of any length; this covers about 60 Chinese characters).
     */
    public static final int DELIVERY_ROOM = 200;

    /** Longer than the note {@link SizeGuard} appends, so a card that fits with it fits with any cut. */
    private static final String SHORTEST_CONTENT = "x".repeat(160);

    private static final Map<CardLanguage, String> DEFAULT_TEMPLATES = loadDefaultTemplates();

    private CardRenderer() {}

    /**
     * What would be sent, without sending: the chat-list title, the markdown and the exact JSON body
     * (before a robot's security keyword, if one has to be added at delivery).
     */
    public record Preview(String title, String markdown, String body) {
        public int bodyBytes() {
            return body.getBytes(StandardCharsets.UTF_8).length;
        }
    }

    /**
     * The card as a message whose {@code at} is the inspection's mentions, each mention also written
     * in the text (DingTalk notifies only then).
     *
     * @throws InvalidInputException for a custom template that does not parse (with line and
     *     column), renders nothing, or is over the size limit even without content
     */
    public static MarkdownMessage render(Inspection inspection, CardOptions options) {
        Level level = inspection.level();
        String custom = options.template(level);
        String field = custom == null ? "defaultTemplate" : "template." + level.key();
        MarkdownTemplate template =
                MarkdownTemplate.compile(field, custom == null ? defaultTemplate(options.language()) : custom);
        String title = chatTitle(inspection, options.language());
        int limit = options.maxBodyBytes();
        for (boolean compact : new boolean[] {false, true}) {
            Map<String, Object> context = CardContext.of(inspection, options, compact);
            ToIntFunction<String> size = content ->
                    MessageJson.toBytes(message(title, template, context, content, inspection, field), UUID_ROOM).length
                            + DELIVERY_ROOM;
            if (size.applyAsInt(SHORTEST_CONTENT) > limit) {
                continue;
            }
            String content = SizeGuard.truncate(inspection.content(), size, limit);
            if (size.applyAsInt(content) <= limit) {
                return message(title, template, context, content, inspection, field);
            }
        }
        throw new InvalidInputException(
                field,
                "the card is over " + limit + " bytes even without its content; shorten the title, author or template");
    }

    /** {@link #render} plus the JSON body sent with {@code msgUuid} ({@code null}: without one). */
    public static Preview preview(Inspection inspection, CardOptions options, String msgUuid) {
        if (msgUuid != null && msgUuid.length() > MAX_MSG_UUID_LENGTH) {
            throw new InvalidInputException("msgUuid", "must be at most " + MAX_MSG_UUID_LENGTH + " characters");
        }
        MarkdownMessage message = render(inspection, options);
        return new Preview(message.title(), message.text(), MessageJson.toJsonString(message, msgUuid));
    }

    /** The chat list shows only this: level marker, symbol and the inspection's title, as plain text. */
    static String chatTitle(Inspection inspection, CardLanguage language) {
        String symbol = inspection.level() == Level.ERROR ? "❌" : "✅";
        return language.marker() + " " + symbol + " " + MarkdownEscaper.plain(inspection.title(), 64);
    }

    private static MarkdownMessage message(
            String title,
            MarkdownTemplate template,
            Map<String, Object> context,
            String content,
            Inspection inspection,
            String field) {
        String text =
                template.execute(CardContext.withContent(context, content)).stripTrailing();
        if (text.isBlank()) {
            throw new InvalidInputException(field, "renders an empty card");
        }
        return (MarkdownMessage) Mentions.ensureRendered(new MarkdownMessage(title, text, inspection.mentions()));
    }

    /**
     * The default card template of a language, the starting point for a custom one (the CLI can
     * print it). It uses only documented context keys.
     */
    public static String defaultTemplate(CardLanguage language) {
        return DEFAULT_TEMPLATES.get(language);
    }

    private static Map<CardLanguage, String> loadDefaultTemplates() {
        Map<CardLanguage, String> templates = new EnumMap<>(CardLanguage.class);
        for (CardLanguage language : CardLanguage.values()) {
            String name = "card-" + language.tag() + ".mustache";
            try (InputStream in = CardRenderer.class.getResourceAsStream(name)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + name);
                }
                templates.put(language, new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return templates;
    }
}
