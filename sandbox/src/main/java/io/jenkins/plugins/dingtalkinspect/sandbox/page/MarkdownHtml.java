package io.jenkins.plugins.dingtalkinspect.sandbox.page;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Markdown as DingTalk would show it, made safe to embed: raw HTML escaped except checked font colours, links
 * clickable only for http(s), dingtalk and mailto targets, images shown as placeholders.
 */
final class MarkdownHtml {

    private static final Parser PARSER = Parser.builder().build();
    // Both are immutable and thread-safe; node renderers are created afresh for every render call.
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder()
            .escapeHtml(true)
            .sanitizeUrls(true)
            .nodeRendererFactory(context -> new FontTagRenderer(context.getWriter()))
            .nodeRendererFactory(ImagePlaceholderRenderer::new)
            .nodeRendererFactory(SafeLinkRenderer::new)
            .attributeProviderFactory(context -> (node, tagName, attributes) -> {
                if (tagName.equals("a")) {
                    attributes.put("rel", "noopener noreferrer");
                    attributes.put("target", "_blank");
                }
            })
            .build();

    private MarkdownHtml() {}

    static String render(String markdown) {
        if (markdown == null || markdown.isEmpty()) {
            return "";
        }
        return RENDERER.render(PARSER.parse(markdown));
    }
}
