package io.jenkins.plugins.dingtalkinspect.jenkins.actions;

import hudson.model.Run;
import io.jenkins.plugins.dingtalkinspect.jenkins.Messages;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import jenkins.model.RunAction2;

/** The build page's list of every DingTalk message sent for the run. */
public class SentMessagesAction implements RunAction2 {

    private static final Logger LOGGER = Logger.getLogger(SentMessagesAction.class.getName());

    private final List<SentMessage> messages = new ArrayList<>();
    private transient Run<?, ?> run;

    /** Adds a message to the run's list, creating the action on the first one, and saves the run. */
    public static void record(Run<?, ?> run, SentMessage message) {
        synchronized (run) {
            SentMessagesAction action = run.getAction(SentMessagesAction.class);
            if (action == null) {
                action = new SentMessagesAction();
                run.addAction(action);
            }
            action.add(message);
        }
        try {
            run.save();
        } catch (IOException e) {
            LOGGER.log(Level.WARNING, "could not save the DingTalk message list of " + run.getExternalizableId(), e);
        }
    }

    private synchronized void add(SentMessage message) {
        messages.add(message);
    }

    public synchronized List<SentMessage> getMessages() {
        return List.copyOf(messages);
    }

    public Run<?, ?> getRun() {
        return run;
    }

    @Override
    public void onAttached(Run<?, ?> r) {
        this.run = r;
    }

    @Override
    public void onLoad(Run<?, ?> r) {
        this.run = r;
    }

    @Override
    public String getIconFileName() {
        return "symbol-paper-plane-outline";
    }

    @Override
    public String getDisplayName() {
        return Messages.SentMessagesAction_DisplayName();
    }

    @Override
    public String getUrlName() {
        return "dingtalk-inspect";
    }
}
