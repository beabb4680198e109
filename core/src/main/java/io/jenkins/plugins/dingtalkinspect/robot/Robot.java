package io.jenkins.plugins.dingtalkinspect.robot;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A DingTalk custom robot: where to post, its access token, and the security settings the group
 * owner chose (signing secret, keywords; an IP allow-list needs nothing from us).
 *
 * <p>{@link #toString()} masks the token and the secret: robots end up in logs and exceptions.
 */
public record Robot(URI endpoint, String token, Optional<String> secret, List<String> keywords) {

    public static final URI DEFAULT_ENDPOINT = URI.create("https://oapi.dingtalk.com/robot/send");
    public static final int MAX_KEYWORDS = 10;

    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{8,256}");
    private static final Pattern SECRET = Pattern.compile("SEC[A-Za-z0-9]{8,256}");
    private static final Set<String> LOOPBACK = Set.of("127.0.0.1", "localhost", "[::1]", "::1");

    public Robot {
        Objects.requireNonNull(endpoint, "endpoint");
        requireValidEndpoint(endpoint);
        if (token == null || !TOKEN.matcher(token).matches()) {
            throw new InvalidInputException(
                    "token", "must be the robot's access token (8-256 letters, digits, '-' or '_'); value not shown");
        }
        secret = Objects.requireNonNullElse(secret, Optional.<String>empty()).filter(s -> !s.isBlank());
        if (secret.isPresent() && !SECRET.matcher(secret.get()).matches()) {
            throw new InvalidInputException(
                    "secret", "must be the signing secret shown by DingTalk, starting with 'SEC'; value not shown");
        }
        keywords = keywords == null
                ? List.of()
                : keywords.stream()
                        .filter(k -> k != null && !k.isBlank())
                        .map(String::strip)
                        .distinct()
                        .toList();
        if (keywords.size() > MAX_KEYWORDS) {
            throw new InvalidInputException(
                    "keywords", "DingTalk allows at most " + MAX_KEYWORDS + " keywords, got " + keywords.size());
        }
    }

    /**
     * Builds a robot from what an admin pastes: either a bare access token or a whole webhook URL
     * containing {@code access_token}. A pasted URL's endpoint wins over {@code endpoint}.
     */
    public static Robot of(URI endpoint, String tokenOrWebhook, String secret, List<String> keywords) {
        String value =
                InvalidInputException.requireText("token", tokenOrWebhook).strip();
        URI effectiveEndpoint = endpoint == null ? DEFAULT_ENDPOINT : endpoint;
        String token = value;
        if (value.contains("access_token=")) {
            WebhookUrl parsed = WebhookUrl.parse(value);
            if (endpoint != null && !endpoint.equals(DEFAULT_ENDPOINT) && !endpoint.equals(parsed.endpoint())) {
                // an admin chose an endpoint, but the pasted webhook points elsewhere: say so rather than guess
                throw new InvalidInputException(
                        "endpoint",
                        "differs from the webhook URL in the token (" + parsed.endpoint()
                                + "); leave the endpoint empty or store a bare access token");
            }
            effectiveEndpoint = parsed.endpoint();
            token = parsed.token();
        } else if (value.contains("://")) {
            throw new InvalidInputException("token", "a webhook URL must contain the access_token parameter");
        }
        return new Robot(effectiveEndpoint, token, Optional.ofNullable(secret), keywords);
    }

    public static Robot of(String tokenOrWebhook, String secret, List<String> keywords) {
        return of(null, tokenOrWebhook, secret, keywords);
    }

    /**
     * The endpoint an admin or a command line gave: blank means {@link #DEFAULT_ENDPOINT}; anything
     * else must be a URL that {@link #requireValidEndpoint} accepts.
     *
     * @throws InvalidInputException naming {@code endpoint} when the value is not a URL or not an
     *     allowed endpoint
     */
    public static URI parseEndpoint(String value) {
        if (value == null || value.isBlank()) {
            return DEFAULT_ENDPOINT;
        }
        URI endpoint;
        try {
            endpoint = new URI(value.strip());
        } catch (URISyntaxException e) {
            throw new InvalidInputException("endpoint", "is not a URL: " + e.getReason());
        }
        requireValidEndpoint(endpoint);
        return endpoint;
    }

    /**
     * Security keywords as an admin types them: one per line, or separated by commas or
     * semicolons; blanks are dropped. The count is checked when a robot is built.
     */
    public static List<String> parseKeywords(String value) {
        return ValueList.split(value);
    }

    public boolean signed() {
        return secret.isPresent();
    }

    /** A stable key per robot for shared state (rate budget) that does not reveal the token. */
    public String budgetKey() {
        return endpoint.getHost() + "#" + Secrets.fingerprint(token);
    }

    /**
     * HTTPS only, so the token never crosses a network in clear. Plain HTTP is accepted for the
     * loopback interface alone, where the local sandbox runs.
     */
    public static void requireValidEndpoint(URI endpoint) {
        if (endpoint.getRawQuery() != null) {
            // a pasted webhook URL: its query holds the access token, so it is neither kept nor shown
            throw new InvalidInputException(
                    "endpoint",
                    "must not contain a query; a webhook URL with access_token belongs in the token (value not shown)");
        }
        String scheme = endpoint.getScheme() == null ? "" : endpoint.getScheme().toLowerCase(Locale.ROOT);
        String host = endpoint.getHost();
        if (host == null
                || endpoint.getRawFragment() != null
                || endpoint.getRawUserInfo() != null
                || endpoint.getPort() > 65535) {
            throw new InvalidInputException(
                    "endpoint", "must be an https URL like " + DEFAULT_ENDPOINT + ", got " + shown(endpoint));
        }
        boolean loopback = LOOPBACK.contains(host.toLowerCase(Locale.ROOT));
        if (!scheme.equals("https") && !(scheme.equals("http") && loopback)) {
            throw new InvalidInputException(
                    "endpoint",
                    "must use https (http is allowed for 127.0.0.1/localhost only), got " + shown(endpoint));
        }
    }

    /**
     * What an admin typed as an endpoint, up to any {@code ?} or {@code #}, trimmed, or {@code null}
     * when nothing is left: a pasted webhook URL's query holds the token and is never kept.
     */
    public static String stripQuery(String value) {
        if (value == null) {
            return null;
        }
        int cut = queryStart(value);
        String kept = (cut < 0 ? value : value.substring(0, cut)).strip();
        return kept.isEmpty() ? null : kept;
    }

    /** Whether an endpoint as typed carries a query or fragment (and so, possibly, a token). */
    public static boolean hasQuery(String value) {
        return value != null && queryStart(value) >= 0;
    }

    private static int queryStart(String value) {
        int query = value.indexOf('?');
        int fragment = value.indexOf('#');
        return query < 0 ? fragment : fragment < 0 ? query : Math.min(query, fragment);
    }

    /** Scheme, host, port and path only: user info and query may hold credentials. */
    private static String shown(URI endpoint) {
        String host = endpoint.getHost() == null ? "" : endpoint.getHost();
        String port = endpoint.getPort() < 0 ? "" : ":" + endpoint.getPort();
        String path = endpoint.getRawPath() == null ? "" : endpoint.getRawPath();
        return (endpoint.getScheme() == null ? "" : endpoint.getScheme() + "://") + host + port + path;
    }

    @Override
    public String toString() {
        return "Robot[endpoint=" + endpoint + ", token=" + Secrets.mask(token) + ", signed=" + signed() + ", keywords="
                + keywords + "]";
    }
}
