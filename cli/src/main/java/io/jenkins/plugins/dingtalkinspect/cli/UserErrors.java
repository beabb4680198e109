package io.jenkins.plugins.dingtalkinspect.cli;

import io.jenkins.plugins.dingtalkinspect.robot.InvalidInputException;
import java.net.BindException;
import java.net.SocketException;
import java.nio.channels.UnresolvedAddressException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import picocli.CommandLine;

/**
 * Turns a user's mistake into one line that names the option and hides secrets: picocli quotes
 * unknown arguments back, and a mistyped {@code --secrt SEC…} must not print the secret.
 */
final class UserErrors {

    /** A URL with user info ({@code https://user:password@host}) carries a password. */
    private static final Pattern USER_INFO = Pattern.compile("://[^/@\\s]+@");

    private static final Set<String> SECRET_OPTIONS = Set.of("--secret", "--token", "--webhook", "--auth-token");

    /** Core's field names, as the command line spells them. */
    private static final Map<String, String> OPTION_OF_FIELD = Map.ofEntries(
            Map.entry("detailsUrl", "--url"),
            Map.entry("language", "--lang"),
            Map.entry("atMobiles", "--at-mobile"),
            Map.entry("atUserIds", "--at-user"),
            Map.entry("at", "--at-mobile/--at-user"),
            Map.entry("deadline", "--deadline"),
            Map.entry("endpoint", "--webhook"),
            Map.entry("token", "--token/--webhook"),
            Map.entry("secret", "--secret"),
            Map.entry("keywords", "--keyword"),
            Map.entry("title", "--title"),
            Map.entry("content", "--content"),
            Map.entry("level", "--level"),
            Map.entry("text.content", "--text"));

    private UserErrors() {}

    /** An error about a core field, named as the option the user typed. */
    static String forOptions(InvalidInputException e) {
        String option = OPTION_OF_FIELD.get(e.field());
        return option == null
                ? e.getMessage()
                : option + e.getMessage().substring(e.field().length());
    }

    /** The same for the relay, whose JSON fields are named like the prototype's. */
    static String forRelay(InvalidInputException e) {
        return e.field().equals("detailsUrl")
                ? "url" + e.getMessage().substring(e.field().length())
                : e.getMessage();
    }

    static String forParameters(CommandLine.ParameterException e, String[] args) {
        if (e instanceof CommandLine.UnmatchedArgumentException unmatched) {
            List<String> shown = new ArrayList<>();
            for (String arg : unmatched.getUnmatched()) {
                shown.add(arg.startsWith("-") ? arg.replaceAll("=.*", "=****") : "****");
            }
            return "unknown option or argument: " + String.join(" ", shown) + " (values not shown)";
        }
        return mask(e.getMessage(), args);
    }

    /** Hides every value given to a secret option, every SEC… string and every URL with a token. */
    static String mask(String message, String[] args) {
        String out = message;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            int eq = arg.indexOf('=');
            if (SECRET_OPTIONS.contains(arg) && i + 1 < args.length) {
                out = out.replace(args[i + 1], "****");
            } else if (eq > 0 && SECRET_OPTIONS.contains(arg.substring(0, eq)) && eq + 1 < arg.length()) {
                out = out.replace(arg.substring(eq + 1), "****");
            } else if (arg.startsWith("SEC")
                    || arg.contains("access_token=")
                    || USER_INFO.matcher(arg).find()) {
                out = out.replace(arg, "****");
            }
        }
        return out;
    }

    /** A server that cannot listen is a setting to fix, not a crash. */
    static String forListening(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BindException) {
                return "--port: cannot listen there (" + t.getMessage() + "); choose a free port, or 0 for any";
            }
            if (t instanceof UnresolvedAddressException) {
                return "--bind: not an address of this machine";
            }
            if (t instanceof SocketException) {
                return "--bind/--port: cannot listen there (" + t.getMessage() + ")";
            }
        }
        return null;
    }
}
