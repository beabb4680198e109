package io.jenkins.plugins.dingtalkinspect.jenkins.config;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.Util;
import hudson.model.Item;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import io.jenkins.plugins.dingtalkinspect.inspection.LevelChoice;
import io.jenkins.plugins.dingtalkinspect.jenkins.Messages;
import jenkins.model.Jenkins;

/**
 * Form helpers shared by the step and the notifier on job pages: they show robot ids (never
 * credentials) to users who may configure the job.
 */
public final class RobotChoices {

    private RobotChoices() {}

    static boolean mayConfigure(@CheckForNull Item item) {
        return item == null ? Jenkins.get().hasPermission(Jenkins.ADMINISTER) : item.hasPermission(Item.CONFIGURE);
    }

    public static ListBoxModel fill(@CheckForNull Item item) {
        ListBoxModel items = new ListBoxModel();
        if (!mayConfigure(item)) {
            return items;
        }
        items.add(Messages.RobotChoices_Default(), "");
        for (RobotConfig robot : DingTalkInspectConfiguration.get().getRobots()) {
            items.add(robot.label(), robot.getId());
        }
        return items;
    }

    public static ListBoxModel levels(@CheckForNull Item item) {
        ListBoxModel items = new ListBoxModel();
        if (!mayConfigure(item)) {
            return items;
        }
        for (LevelChoice choice : LevelChoice.values()) {
            items.add(label(choice), choice.key());
        }
        return items;
    }

    private static String label(LevelChoice choice) {
        return switch (choice) {
            case AUTO -> Messages.Level_Auto();
            case INFO -> Messages.Level_Info();
            case ERROR -> Messages.Level_Error();
        };
    }

    public static FormValidation required(@CheckForNull Item item, @CheckForNull String value) {
        if (!mayConfigure(item) || Util.fixEmptyAndTrim(value) != null) {
            return FormValidation.ok();
        }
        return FormValidation.error(Messages.Field_Required());
    }
}
