package io.jenkins.plugins.dingtalkinspect.sandbox.page;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * Renders raw HTML in markdown as text, except DingTalk's {@code <font color=…>} so coloured headers show their
 * colour. Only a colour that is a hex value or a plain word passes, rebuilt by us rather than copied through, and
 * every font element opened is closed before the fragment ends so colour cannot leak into the next card.
 */
final class FontTagRenderer implements NodeRenderer {

    private static final Pattern TAG = Pattern.compile(
            "<font\\s+color\\s*=\\s*(?:\"([^\"<>]*)\"|'([^'<>]*)'|([^\\s\"'<>]+))\\s*>|(</font\\s*>)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern COLOR =
            Pattern.compile("#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6}|[0-9a-fA-F]{8})|[a-zA-Z]{3,20}");

    private final HtmlWriter html;
    private int open;

    FontTagRenderer(HtmlWriter html) {
        this.html = html;
    }

    @Override
    public Set<Class<? extends Node>> getNodeTypes() {
        return Set.of(HtmlInline.class, HtmlBlock.class);
    }

    @Override
    public void render(Node node) {
        if (node instanceof HtmlInline inline) {
            write(inline.getLiteral());
        } else if (node instanceof HtmlBlock block) {
            html.line();
            html.tag("p");
            write(block.getLiteral());
            html.tag("/p");
            html.line();
        }
    }

    @Override
    public void afterRoot(Node rootNode) {
        for (; open > 0; open--) {
            html.raw("</font>");
        }
    }

    private void write(String literal) {
        Matcher tag = TAG.matcher(literal);
        int done = 0;
        while (tag.find()) {
            html.text(literal.substring(done, tag.start()));
            if (!writeTag(tag)) {
                html.text(tag.group());
            }
            done = tag.end();
        }
        html.text(literal.substring(done));
    }

    private boolean writeTag(Matcher tag) {
        if (tag.group(4) != null) {
            if (open == 0) {
                return false;
            }
            open--;
            html.raw("</font>");
            return true;
        }
        String color = firstNonNull(tag.group(1), tag.group(2), tag.group(3)).trim();
        if (!COLOR.matcher(color).matches()) {
            return false;
        }
        open++;
        html.raw("<font color=\"" + color + "\">");
        return true;
    }

    private static String firstNonNull(String... values) {
        for (String value : values) {
            if (value != null) {
                return value;
            }
        }
        return "";
    }
}
