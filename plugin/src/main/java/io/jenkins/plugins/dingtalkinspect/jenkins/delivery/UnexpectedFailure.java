package io.jenkins.plugins.dingtalkinspect.jenkins.delivery;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.model.Run;
import io.jenkins.plugins.dingtalkinspect.jenkins.Messages;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A {@link RuntimeException} the step or the notifier did not expect while sending (a bug, or a
 * state core refuses, such as {@code IllegalStateException} from its digesting sender). Users see
 * one line naming the exception types only: an unexpected exception's message could hold anything,
 * so it is shown nowhere, and the Jenkins system log gets the stack trace without messages.
 */
public final class UnexpectedFailure {

    private static final Logger LOGGER = Logger.getLogger(UnexpectedFailure.class.getName());

    private UnexpectedFailure() {}

    /**
     * Logs the failure to the system log and returns the user-facing message (no secret, no stack trace).
     *
     * @throws InterruptedException when the failure is the sending thread's interruption (the build
     *     or step is being stopped), so that it stops instead of reporting a failed delivery
     */
    public static String handle(RuntimeException e, @CheckForNull Run<?, ?> run) throws InterruptedException {
        String types = types(e);
        if (interrupted(e)) {
            Thread.currentThread().interrupt();
            InterruptedException stop = new InterruptedException("interrupted while sending a DingTalk message");
            stop.initCause(withoutMessages(e));
            throw stop;
        }
        String where = run == null ? "" : " for " + run.getExternalizableId();
        LOGGER.log(Level.WARNING, "DingTalk message" + where + " failed unexpectedly: " + types, withoutMessages(e));
        return Messages.Delivery_Unexpected(types);
    }

    /** The exception's type and its causes', outermost first: {@code IllegalStateException < IOException}. */
    static String types(Throwable e) {
        StringBuilder out = new StringBuilder();
        int depth = 0;
        for (Throwable t = e; t != null && depth < 8; t = t.getCause(), depth++) {
            if (out.length() > 0) {
                out.append(" < ");
            }
            out.append(t.getClass().getSimpleName());
        }
        return out.toString();
    }

    static boolean interrupted(Throwable e) {
        int depth = 0;
        for (Throwable t = e; t != null && depth < 8; t = t.getCause(), depth++) {
            if (t instanceof InterruptedException) {
                return true;
            }
        }
        return false;
    }

    /** The same chain of types and stack frames, with every message replaced by the class name. */
    static Throwable withoutMessages(Throwable e) {
        return copy(e, 0);
    }

    private static Throwable copy(Throwable e, int depth) {
        Throwable cause = e.getCause() == null || depth >= 8 ? null : copy(e.getCause(), depth + 1);
        Throwable copy = new Throwable(e.getClass().getName(), cause);
        copy.setStackTrace(e.getStackTrace());
        return copy;
    }
}
