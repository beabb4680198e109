package io.jenkins.plugins.dingtalkinspect.jenkins.notifier;

import io.jenkins.plugins.dingtalkinspect.notify.NotifyOn;
import java.io.Serializable;
import java.util.EnumSet;
import java.util.Set;

/** The notifier's chosen conditions, starting from core's defaults. Saved as a list of names. */
final class NotifyConditions implements Serializable {

    private static final long serialVersionUID = 1L;

    private final EnumSet<NotifyOn> chosen = EnumSet.copyOf(NotifyOn.defaults());

    synchronized boolean has(NotifyOn condition) {
        return chosen.contains(condition);
    }

    synchronized void set(NotifyOn condition, boolean on) {
        if (on) {
            chosen.add(condition);
        } else {
            chosen.remove(condition);
        }
    }

    synchronized Set<NotifyOn> chosen() {
        return EnumSet.copyOf(chosen);
    }
}
