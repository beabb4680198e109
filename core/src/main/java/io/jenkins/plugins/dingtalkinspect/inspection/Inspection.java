package io.jenkins.plugins.dingtalkinspect.inspection;

import io.jenkins.plugins.dingtalkinspect.robot.InvalidInputException;
import io.jenkins.plugins.dingtalkinspect.robot.message.At;
import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * One inspection report, the input of a card.
 *
 * @param title what was inspected, e.g. {@code 备份检查}; shown escaped
 * @param content the findings, markdown by intent (the caller's own formatting is kept)
 * @param level {@link Level#INFO} or {@link Level#ERROR}
 * @param author the responsible person, or {@code null} for the configured default
 * @param detailsUrl where to read more, or {@code null} (the card then links the build, if any)
 * @param time when the inspection ran; its zone is the one the card shows
 * @param build facts of the build that ran it, if any
 * @param mentions who the message mentions (DingTalk's {@code at})
 */
public record Inspection(
        String title,
        String content,
        Level level,
        String author,
        String detailsUrl,
        ZonedDateTime time,
        Optional<BuildFacts> build,
        At mentions) {

    public Inspection {
        InvalidInputException.requireText("title", title);
        content = Objects.requireNonNullElse(content, "");
        level = Objects.requireNonNullElse(level, Level.INFO);
        author = author == null || author.isBlank() ? null : author.strip();
        detailsUrl = MarkdownEscaper.url("detailsUrl", detailsUrl);
        time = time == null ? ZonedDateTime.now() : time;
        build = build == null ? Optional.empty() : build;
        mentions = mentions == null ? At.NONE : mentions;
    }

    public static Builder builder(String title) {
        return new Builder(title);
    }

    public Inspection withContent(String newContent) {
        return new Inspection(title, newContent, level, author, detailsUrl, time, build, mentions);
    }

    public Inspection withLevel(Level newLevel) {
        return new Inspection(title, content, newLevel, author, detailsUrl, time, build, mentions);
    }

    public Inspection withBuild(BuildFacts facts) {
        return new Inspection(title, content, level, author, detailsUrl, time, Optional.ofNullable(facts), mentions);
    }

    public Inspection withMentions(At at) {
        return new Inspection(title, content, level, author, detailsUrl, time, build, at);
    }

    public Inspection withTime(ZonedDateTime newTime) {
        return new Inspection(title, content, level, author, detailsUrl, newTime, build, mentions);
    }

    /** Fills an {@link Inspection}; the level may be given as {@code auto}, resolved when built. */
    public static final class Builder {
        private final String title;
        private String content = "";
        private LevelChoice level = LevelChoice.INFO;
        private String author;
        private String detailsUrl;
        private ZonedDateTime time;
        private BuildFacts build;
        private At mentions = At.NONE;

        private Builder(String title) {
            this.title = title;
        }

        public Builder content(String value) {
            content = value;
            return this;
        }

        public Builder level(Level value) {
            level = value == Level.ERROR ? LevelChoice.ERROR : LevelChoice.INFO;
            return this;
        }

        /** {@code info}, {@code error} or {@code auto} (from the build's result, info without a build). */
        public Builder level(String choice) {
            level = LevelChoice.parse(choice);
            return this;
        }

        public Builder level(LevelChoice choice) {
            level = Objects.requireNonNullElse(choice, LevelChoice.INFO);
            return this;
        }

        public Builder author(String value) {
            author = value;
            return this;
        }

        public Builder detailsUrl(String value) {
            detailsUrl = value;
            return this;
        }

        public Builder time(ZonedDateTime value) {
            time = value;
            return this;
        }

        public Builder buildFacts(BuildFacts value) {
            build = value;
            return this;
        }

        public Builder mentions(At value) {
            mentions = value;
            return this;
        }

        public Inspection build() {
            Level resolved = level.resolve(build == null ? null : build.result());
            return new Inspection(
                    title, content, resolved, author, detailsUrl, time, Optional.ofNullable(build), mentions);
        }
    }
}
