package io.jenkins.plugins.dingtalkinspect.robot;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/** A pasted webhook URL split into endpoint and token. Errors never echo the URL: it holds the token. */
record WebhookUrl(URI endpoint, String token) {

    static WebhookUrl parse(String value) {
        URI uri;
        try {
            uri = new URI(value.strip());
        } catch (URISyntaxException e) {
            throw new InvalidInputException("token", "the pasted webhook URL is malformed; value not shown");
        }
        if (uri.getRawQuery() == null || uri.getHost() == null) {
            throw new InvalidInputException("token", "the pasted webhook URL has no host or no access_token");
        }
        String token = null;
        for (String pair : uri.getRawQuery().split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && pair.substring(0, eq).equals("access_token")) {
                token = URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            }
        }
        if (token == null || token.isBlank()) {
            throw new InvalidInputException("token", "the pasted webhook URL has an empty access_token");
        }
        URI endpoint;
        try {
            endpoint = new URI(uri.getScheme(), null, uri.getHost(), uri.getPort(), uri.getPath(), null, null);
        } catch (URISyntaxException e) {
            throw new InvalidInputException("token", "the pasted webhook URL is malformed; value not shown");
        }
        return new WebhookUrl(endpoint, token);
    }

    @Override
    public String toString() {
        return "WebhookUrl[endpoint=" + endpoint + ", token=" + Secrets.mask(token) + "]";
    }
}
