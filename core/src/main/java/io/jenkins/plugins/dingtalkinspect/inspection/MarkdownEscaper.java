package io.jenkins.plugins.dingtalkinspect.inspection;

import io.jenkins.plugins.dingtalkinspect.robot.InvalidInputException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes values from builds, parameters and users safe to put into a card's markdown. The rules, and
 * why each exists, are in docs/cards.md ("Escaping"); keep the two in step.
 *
 * <p>The client's renderer is not known exactly (it may or may not honour backslash escapes, and
 * passes some HTML through), so anything that could change who is notified or where a click leads
 * (mentions, links, images, HTML) is replaced by a look-alike character that no renderer treats as
 * syntax. Characters that only change emphasis get a CommonMark backslash escape, which keeps them
 * readable.
 */
public final class MarkdownEscaper {

    /** Bidirectional overrides can make a value display as something else; zero-widths hide text. */
    private static final Pattern INVISIBLE = Pattern.compile("[\\p{Cc}\\p{Cf}&&[^\\t\\n\\r]]");

    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u2028\\u2029\\u00A0\\u3000]+");

    /** Ordered-list markers ({@code 1. }, {@code 2) }) at the start of a value would start a list. */
    private static final Pattern LEADING_NUMBER = Pattern.compile("^(\\d{1,9})([.)])(?= |$)");

    /** ATX headings, bullet items, and lines of only {@code -}/{@code =} (rules, setext underlines). */
    private static final Pattern LINE_START_BLOCK = Pattern.compile("#{1,6}(?: |$)|[-+](?: |$)|[-= ]+$");

    /** ASCII characters that end or break a link destination, or that markdown would interpret. */
    private static final String URL_UNSAFE = " ()<>\"'`\\{}|^[]@";

    private MarkdownEscaper() {}

    /** {@link #inline(String, int)} without a length limit. */
    public static String inline(String value) {
        return inline(value, Integer.MAX_VALUE);
    }

    /**
     * The value as one line of markdown text that shows exactly the value's characters (up to
     * look-alikes) and adds no formatting, link, image, HTML or mention. Longer values are cut to
     * {@code maxChars} code points and end with {@code …}.
     */
    public static String inline(String value, int maxChars) {
        String text = plain(value, maxChars);
        StringBuilder out = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(cp -> appendEscaped(out, cp));
        return escapeLineStart(out.toString());
    }

    /**
     * The value as one line of plain text (for the chat-list title, which is not rendered as
     * markdown): invisible characters removed, whitespace runs folded into one space, cut to
     * {@code maxChars} code points, and {@code @} replaced so it cannot read as a mention.
     */
    public static String plain(String value, int maxChars) {
        if (value == null) {
            return "";
        }
        String text = INVISIBLE.matcher(value).replaceAll("");
        text = WHITESPACE.matcher(text).replaceAll(" ").strip();
        if (text.codePointCount(0, text.length()) > maxChars) {
            text = text.substring(0, text.offsetByCodePoints(0, Math.max(0, maxChars - 1)))
                            .stripTrailing()
                    + "…";
        }
        return text.replace('@', '＠');
    }

    private static void appendEscaped(StringBuilder out, int cp) {
        switch (cp) {
            case '\\', '`', '*', '_', '~' -> out.append('\\').appendCodePoint(cp);
            case '[' -> out.append('［');
            case ']' -> out.append('］');
            case '<' -> out.append('＜');
            case '>' -> out.append('＞');
            case '@', '＠' -> out.append('＠');
            default -> out.appendCodePoint(cp);
        }
    }

    /**
     * Values are placed after a label in the default card, but a custom template may put one at the
     * start of a line, where {@code # }, {@code - }, {@code + }, {@code 1. }, or a line of only
     * {@code -} or {@code =} would begin a heading, list, rule or underline. Only these forms are
     * escaped, so a build named {@code #42} stays as it is.
     */
    private static String escapeLineStart(String text) {
        Matcher block = LINE_START_BLOCK.matcher(text);
        if (block.lookingAt()) {
            return "\\" + text;
        }
        return LEADING_NUMBER.matcher(text).replaceFirst("$1\\\\$2");
    }

    /**
     * A URL that is safe as the target of a markdown link, or {@code null} for a blank value. Only
     * {@code http}/{@code https} with a host and no user info (which disguises where a link goes)
     * are accepted; characters that could end the link or start markdown are percent-encoded.
     *
     * @throws InvalidInputException naming {@code field} for anything else
     */
    public static String url(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String encoded = encodeUnsafe(value.strip());
        try {
            URI uri = new URI(encoded);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                throw new URISyntaxException(encoded, "not an http(s) URL with a host");
            }
            if (uri.getRawUserInfo() != null) {
                throw new URISyntaxException(encoded, "user info");
            }
            return uri.toASCIIString();
        } catch (URISyntaxException e) {
            throw new InvalidInputException(
                    field, "must be an http(s):// URL with a host; got '" + InvalidInputException.shown(value) + "'");
        }
    }

    /** Percent-encodes markdown-relevant ASCII; the {@code @} of user info is checked afterwards. */
    private static String encodeUnsafe(String url) {
        int authorityEnd = authorityEnd(url);
        StringBuilder out = new StringBuilder(url.length() + 8);
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            boolean inAuthority = i < authorityEnd;
            if (Character.isISOControl(c) || Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                for (byte b : String.valueOf(c).getBytes(StandardCharsets.UTF_8)) {
                    out.append(String.format("%%%02X", b & 0xFF));
                }
            } else if (URL_UNSAFE.indexOf(c) >= 0 && !(inAuthority && (c == '@' || c == '[' || c == ']'))) {
                out.append(String.format("%%%02X", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The index just past {@code scheme://authority}, so user info and IPv6 brackets stay visible to the parser. */
    private static int authorityEnd(String url) {
        int scheme = url.indexOf("://");
        if (scheme < 0) {
            return 0;
        }
        int start = scheme + 3;
        for (int i = start; i < url.length(); i++) {
            if ("/?#".indexOf(url.charAt(i)) >= 0) {
                return i;
            }
        }
        return url.length();
    }
}
