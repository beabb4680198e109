package io.jenkins.plugins.dingtalkinspect.sandbox.page;

import java.util.Map;
import java.util.Set;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * Shows a markdown image as a labelled placeholder instead of loading it: the page must not fetch anything from
 * other hosts, and whether DingTalk's servers could reach the image is something the page cannot tell anyway.
 */
final class ImagePlaceholderRenderer implements NodeRenderer {

    private final HtmlNodeRendererContext context;
    private final HtmlWriter html;

    ImagePlaceholderRenderer(HtmlNodeRendererContext context) {
        this.context = context;
        this.html = context.getWriter();
    }

    @Override
    public Set<Class<? extends Node>> getNodeTypes() {
        return Set.of(Image.class);
    }

    @Override
    public void render(Node node) {
        Image image = (Image) node;
        html.tag("span", Map.of("class", "img-ref", "title", image.getDestination()));
        html.text("[image");
        if (image.getFirstChild() != null) {
            html.text(": ");
            for (Node child = image.getFirstChild(); child != null; child = child.getNext()) {
                context.render(child);
            }
        }
        html.text("] ");
        html.tag("code");
        html.text(image.getDestination());
        html.tag("/code");
        html.tag("/span");
    }
}
