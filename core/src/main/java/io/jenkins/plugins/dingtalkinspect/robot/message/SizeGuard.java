package io.jenkins.plugins.dingtalkinspect.robot.message;

import io.jenkins.plugins.dingtalkinspect.robot.InvalidInputException;
import java.nio.charset.StandardCharsets;
import java.util.function.ToIntFunction;
import java.util.function.UnaryOperator;

/**
 * Keeps a body within DingTalk's 20,000-byte limit (errcode 460101) by shortening the main text at
 * a point that splits neither a UTF-8 character nor a markdown construct, and says visibly how much
 * was left out.
 */
public final class SizeGuard {

    public static final int MAX_BODY_BYTES = 20_000;

    private SizeGuard() {}

    /** The message itself when its body fits, else one whose main text is cut to fit. */
    public static Message fit(Message message, String msgUuid, int maxBodyBytes) {
        return fit(message, UnaryOperator.identity(), msgUuid, maxBodyBytes);
    }

    /**
     * {@code finish} applied to the message, with the main text cut first if the finished body would
     * not fit. What {@code finish} appends (mentions, a security keyword) is measured with every
     * candidate cut, so it survives: cutting after appending would drop exactly the parts DingTalk
     * needs to see.
     */
    public static Message fit(Message message, UnaryOperator<Message> finish, String msgUuid, int maxBodyBytes) {
        Message finished = finish.apply(message);
        if (size(finished, msgUuid) <= maxBodyBytes) {
            return finished;
        }
        String cut =
                truncate(message.mainText(), t -> size(finish.apply(message.withMainText(t)), msgUuid), maxBodyBytes);
        Message shortened = finish.apply(message.withMainText(cut));
        if (size(shortened, msgUuid) > maxBodyBytes) {
            throw new InvalidInputException(
                    message.msgtype(),
                    "the message is over " + maxBodyBytes
                            + " bytes even without its text; shorten titles, links or mentions");
        }
        return shortened;
    }

    private static int size(Message message, String msgUuid) {
        return MessageJson.toBytes(message, msgUuid).length;
    }

    /**
     * The longest markdown-safe prefix of {@code text}, followed by a note of what was omitted, for
     * which {@code sizeOf} stays within {@code limit}. {@code sizeOf} measures whatever the text ends
     * up in (a JSON body, a card), so escaping and surrounding content are accounted for.
     */
    public static String truncate(String text, ToIntFunction<String> sizeOf, int limit) {
        if (sizeOf.applyAsInt(text) <= limit) {
            return text;
        }
        int totalBytes = utf8Length(text);
        String worstNote = note(totalBytes);
        int lo = 0;
        int hi = Math.min(text.length(), limit);
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (sizeOf.applyAsInt(closeFence(text.substring(0, safeIndex(text, mid))) + worstNote) <= limit) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        int end = markdownSafeEnd(text, safeIndex(text, lo));
        while (true) {
            String kept = closeFence(text.substring(0, end));
            String candidate = kept + note(totalBytes - utf8Length(text.substring(0, end)));
            if (sizeOf.applyAsInt(candidate) <= limit || end == 0) {
                return candidate;
            }
            end = safeIndex(text, end - 1);
        }
    }

    static String note(int omittedBytes) {
        return "\n\n> …… 内容过长，已省略 " + omittedBytes + " 字节 (truncated: " + omittedBytes + " bytes omitted)";
    }

    /** Never split a surrogate pair. */
    static int safeIndex(String text, int index) {
        if (index > 0 && index < text.length() && Character.isHighSurrogate(text.charAt(index - 1))) {
            return index - 1;
        }
        return index;
    }

    /**
     * Prefers to end at a line break near the cut (so no emphasis, link or tag is left open), else
     * at a space, and never inside an unfinished link or HTML tag on the last line.
     */
    static int markdownSafeEnd(String text, int end) {
        if (end >= text.length()) {
            return end;
        }
        int newline = text.lastIndexOf('\n', end - 1);
        if (newline >= 0 && end - newline <= Math.max(200, end / 5)) {
            return newline;
        }
        int lineStart = newline + 1;
        int cut = end;
        int space = text.lastIndexOf(' ', end - 1);
        if (space >= lineStart && end - space <= 100) {
            cut = space;
        }
        String lastLine = text.substring(lineStart, cut);
        int openBracket = lastLine.lastIndexOf('[');
        if (openBracket >= 0 && lastLine.indexOf(')', openBracket) < 0) {
            cut = lineStart + openBracket;
            lastLine = text.substring(lineStart, cut);
        }
        int openTag = lastLine.lastIndexOf('<');
        if (openTag >= 0 && lastLine.indexOf('>', openTag) < 0) {
            cut = lineStart + openTag;
        }
        return safeIndex(text, cut);
    }

    /** A cut inside a fenced code block would swallow the note; close the fence. */
    static String closeFence(String kept) {
        int fences = 0;
        int from = 0;
        while ((from = kept.indexOf("```", from)) >= 0) {
            fences++;
            from += 3;
        }
        return fences % 2 == 1 ? kept + "\n```" : kept;
    }

    static int utf8Length(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }
}
