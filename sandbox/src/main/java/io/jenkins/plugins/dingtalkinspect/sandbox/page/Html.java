package io.jenkins.plugins.dingtalkinspect.sandbox.page;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;

/** Escaping for text that comes from requests. Everything a client sent goes through here before reaching the page. */
final class Html {

    private static final Set<String> LINK_SCHEMES = Set.of("http", "https", "dingtalk", "mailto");

    private Html() {}

    /** Escapes for element content and double-quoted attribute values alike. */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * An escaped href for a URL a message carries, or {@code null} when it is not a plain web (or DingTalk) link: a
     * {@code javascript:} button must not become runnable on the page.
     */
    static String safeHref(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        try {
            String scheme = new URI(url.trim()).getScheme();
            if (scheme == null || !LINK_SCHEMES.contains(scheme.toLowerCase(Locale.ROOT))) {
                return null;
            }
        } catch (URISyntaxException e) {
            return null;
        }
        return escape(url.trim());
    }

    /** A link that does not leak the sandbox page as referrer and opens outside it; plain text if unsafe. */
    static String link(String url, String label, String cssClass) {
        String href = safeHref(url);
        String classAttr = cssClass == null ? "" : " class=\"" + cssClass + "\"";
        if (href == null) {
            // Not even in a tooltip: a script URL is better gone from the page entirely.
            return "<span" + classAttr + " title=\"link hidden: only http(s), dingtalk and mailto links are shown\">"
                    + escape(label) + "</span>";
        }
        return "<a" + classAttr + " href=\"" + href + "\" rel=\"noopener noreferrer\" target=\"_blank\">"
                + escape(label) + "</a>";
    }
}
