package io.jenkins.plugins.dingtalkinspect.jenkins.config;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.Util;

/**
 * A robot's endpoint is an address only. What an administrator pastes may be a whole webhook URL,
 * whose query holds the access token: everything from the first {@code ?} or {@code #} on is
 * never kept, shown or logged.
 */
final class Endpoints {

    private Endpoints() {}

    /** Whether the value has a query or fragment. */
    static boolean hasQuery(@CheckForNull String value) {
        return value != null && indexOfQuery(value) >= 0;
    }

    /** Where a query or fragment starts, or -1. */
    static int indexOfQuery(String value) {
        int query = value.indexOf('?');
        int fragment = value.indexOf('#');
        return query < 0 ? fragment : fragment < 0 ? query : Math.min(query, fragment);
    }

    /** The value up to its first {@code ?} or {@code #}, trimmed; {@code null} when nothing is left. */
    @CheckForNull
    static String withoutQuery(@CheckForNull String value) {
        String trimmed = Util.fixEmptyAndTrim(value);
        if (trimmed == null) {
            return null;
        }
        int cut = indexOfQuery(trimmed);
        return cut < 0 ? trimmed : Util.fixEmptyAndTrim(trimmed.substring(0, cut));
    }
}
