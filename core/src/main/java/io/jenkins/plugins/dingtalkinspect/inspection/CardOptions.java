package io.jenkins.plugins.dingtalkinspect.inspection;

import io.jenkins.plugins.dingtalkinspect.robot.InvalidInputException;
import io.jenkins.plugins.dingtalkinspect.robot.message.SizeGuard;

/**
 * How to render cards. Start from {@link #defaults()} and change what is configured.
 *
 * @param language the card's language (default {@link CardLanguage#ZH_CN})
 * @param defaultAuthor shown when an inspection names no author; {@code null} for the language's
 *     default ({@code 巡检机器人} / {@code Inspection bot})
 * @param infoTemplate a Mustache template replacing the default card for info, or {@code null}
 * @param errorTemplate a Mustache template replacing the default card for error, or {@code null}
 * @param maxBodyBytes the largest JSON body a card may have (default and maximum
 *     {@link SizeGuard#MAX_BODY_BYTES}, at least {@value #MIN_BODY_BYTES})
 * @param includeParameters whether build parameters are shown (sensitive values never are)
 */
public record CardOptions(
        CardLanguage language,
        String defaultAuthor,
        String infoTemplate,
        String errorTemplate,
        int maxBodyBytes,
        boolean includeParameters) {

    /** Below this not even a default card with a build section is sure to fit. */
    public static final int MIN_BODY_BYTES = 2_000;

    public CardOptions {
        language = language == null ? CardLanguage.ZH_CN : language;
        defaultAuthor = defaultAuthor == null || defaultAuthor.isBlank() ? null : defaultAuthor.strip();
        infoTemplate = infoTemplate == null || infoTemplate.isBlank() ? null : infoTemplate;
        errorTemplate = errorTemplate == null || errorTemplate.isBlank() ? null : errorTemplate;
        maxBodyBytes = maxBodyBytes == 0 ? SizeGuard.MAX_BODY_BYTES : maxBodyBytes;
        if (maxBodyBytes < MIN_BODY_BYTES || maxBodyBytes > SizeGuard.MAX_BODY_BYTES) {
            throw new InvalidInputException(
                    "maxBodyBytes",
                    "must be between " + MIN_BODY_BYTES + " and " + SizeGuard.MAX_BODY_BYTES + ", got " + maxBodyBytes);
        }
    }

    /** zh_CN, the language's default author, default cards, 20,000 bytes, parameters shown. */
    public static CardOptions defaults() {
        return new CardOptions(CardLanguage.ZH_CN, null, null, null, SizeGuard.MAX_BODY_BYTES, true);
    }

    public static CardOptions of(CardLanguage language) {
        return defaults().withLanguage(language);
    }

    public CardOptions withLanguage(CardLanguage value) {
        return new CardOptions(value, defaultAuthor, infoTemplate, errorTemplate, maxBodyBytes, includeParameters);
    }

    public CardOptions withDefaultAuthor(String value) {
        return new CardOptions(language, value, infoTemplate, errorTemplate, maxBodyBytes, includeParameters);
    }

    /** Sets (or with {@code null} clears) the custom template for one level. */
    public CardOptions withTemplate(Level level, String template) {
        return level == Level.ERROR
                ? new CardOptions(language, defaultAuthor, infoTemplate, template, maxBodyBytes, includeParameters)
                : new CardOptions(language, defaultAuthor, template, errorTemplate, maxBodyBytes, includeParameters);
    }

    public CardOptions withMaxBodyBytes(int value) {
        return new CardOptions(language, defaultAuthor, infoTemplate, errorTemplate, value, includeParameters);
    }

    public CardOptions withIncludeParameters(boolean value) {
        return new CardOptions(language, defaultAuthor, infoTemplate, errorTemplate, maxBodyBytes, value);
    }

    /** The custom template for {@code level}, or {@code null} for the default card. */
    public String template(Level level) {
        return level == Level.ERROR ? errorTemplate : infoTemplate;
    }

    /** The configured default author, else the language's. */
    public String effectiveDefaultAuthor() {
        return defaultAuthor != null ? defaultAuthor : language.defaultAuthor();
    }
}
