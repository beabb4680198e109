package io.jenkins.plugins.dingtalkinspect.cli;

import io.jenkins.plugins.dingtalkinspect.inspection.CardOptions;
import io.jenkins.plugins.dingtalkinspect.inspection.Inspection;
import io.jenkins.plugins.dingtalkinspect.inspection.Level;
import io.jenkins.plugins.dingtalkinspect.robot.InvalidInputException;
import io.jenkins.plugins.dingtalkinspect.robot.message.At;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The inspection card a command sends or previews. */
final class CardArgs {

    @Option(names = "--title", paramLabel = "TEXT", description = "Inspection title (巡检标题).")
    String title;

    @Option(
            names = "--content",
            paramLabel = "MARKDOWN",
            description = "Inspection content, markdown (巡检内容); '-' reads standard input.")
    String content;

    @Option(
            names = "--level",
            paramLabel = "info|error",
            defaultValue = "info",
            description = "Card level (default: ${DEFAULT-VALUE}).")
    String level;

    @Option(names = "--author", paramLabel = "NAME", description = "Responsible person (相关人员).")
    String author;

    @Option(names = "--url", paramLabel = "URL", description = "Details link (详情).")
    String url;

    @Mixin
    LanguageOption language = new LanguageOption();

    @Option(
            names = "--template",
            paramLabel = "FILE",
            description = "A Mustache template for this card's level instead of the default card (see docs/cards.md).")
    String template;

    @Option(names = "--at-mobile", paramLabel = "MOBILE", description = "Mention a mobile number (repeatable).")
    List<String> atMobiles = new ArrayList<>();

    @Option(names = "--at-user", paramLabel = "USERID", description = "Mention a DingTalk userId (repeatable).")
    List<String> atUsers = new ArrayList<>();

    @Option(names = "--at-all", description = "Mention everyone in the group.")
    boolean atAll;

    Inspection toInspection(InputStream stdin) {
        String text = "-".equals(content) ? readAll(stdin) : content;
        InvalidInputException.requireText("--title", title);
        InvalidInputException.requireText("--content", text);
        return Inspection.builder(title)
                .content(text)
                .level(Level.parse(level))
                .author(author)
                .detailsUrl(url)
                .mentions(At.of(atMobiles, atUsers, atAll))
                .build();
    }

    CardOptions toCardOptions(Level level) {
        CardOptions options = CardOptions.of(language.language());
        if (template == null) {
            return options;
        }
        try {
            return options.withTemplate(level, Files.readString(Path.of(template), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new InvalidInputException("--template", "cannot read '" + template + "': " + e.getMessage());
        }
    }

    private static String readAll(InputStream in) {
        try {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read standard input", e);
        }
    }
}
