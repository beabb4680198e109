package io.jenkins.plugins.dingtalkinspect.sandbox.page;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * Renders a markdown link as a link only when {@link Html#safeHref} accepts its target (http, https, dingtalk,
 * mailto); anything else ({@code data:}, {@code javascript:}, {@code file:}, a relative path) shows its label as
 * plain text, the same rule as the page's other links. commonmark's own sanitizer is not enough: it lets
 * {@code data:} URLs through.
 */
final class SafeLinkRenderer implements NodeRenderer {

    static final String HIDDEN_TITLE = "link hidden: only http(s), dingtalk and mailto links are shown";

    private final HtmlNodeRendererContext context;
    private final HtmlWriter html;

    SafeLinkRenderer(HtmlNodeRendererContext context) {
        this.context = context;
        this.html = context.getWriter();
    }

    @Override
    public Set<Class<? extends Node>> getNodeTypes() {
        return Set.of(Link.class);
    }

    @Override
    public void render(Node node) {
        Link link = (Link) node;
        String destination = link.getDestination();
        if (Html.safeHref(destination) == null) {
            // Not even in a tooltip, as for the page's other links.
            Map<String, String> hidden = new LinkedHashMap<>();
            hidden.put("class", "link-hidden");
            hidden.put("title", HIDDEN_TITLE);
            html.tag("span", hidden);
            renderChildren(link);
            html.tag("/span");
            return;
        }
        Map<String, String> attributes = new LinkedHashMap<>();
        // HtmlWriter escapes attribute values; encodeUrl percent-encodes what a URL must not hold raw.
        attributes.put("href", context.encodeUrl(destination.trim()));
        if (link.getTitle() != null) {
            attributes.put("title", link.getTitle());
        }
        html.tag("a", context.extendAttributes(link, "a", attributes));
        renderChildren(link);
        html.tag("/a");
    }

    private void renderChildren(Node parent) {
        for (Node child = parent.getFirstChild(); child != null; ) {
            Node next = child.getNext();
            context.render(child);
            child = next;
        }
    }
}
