package io.jenkins.plugins.dingtalkinspect.sandbox;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Turns a bug in a handler into an HTTP 500 the client can see, instead of HttpServer silently dropping the
 * connection, which would look exactly like an injected reset.
 */
final class GuardedHandler implements HttpHandler {

    private static final Logger LOG = Logger.getLogger(GuardedHandler.class.getName());

    private final HttpHandler delegate;

    GuardedHandler(HttpHandler delegate) {
        this.delegate = delegate;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try {
            delegate.handle(exchange);
        } catch (RuntimeException e) {
            // The path only: the query may carry an access token.
            LOG.log(
                    Level.WARNING,
                    "sandbox failed on " + exchange.getRequestURI().getPath(),
                    e);
            byte[] body = "sandbox internal error".getBytes(StandardCharsets.UTF_8);
            try {
                exchange.sendResponseHeaders(500, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            } catch (IOException | RuntimeException alreadyAnswering) {
                // Headers were already sent; nothing more can be said on this exchange.
            } finally {
                exchange.close();
            }
        }
    }
}
