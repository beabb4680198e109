package io.jenkins.plugins.dingtalkinspect.jenkins.config;

import hudson.util.ListBoxModel;
import io.jenkins.plugins.dingtalkinspect.inspection.CardLanguage;
import io.jenkins.plugins.dingtalkinspect.jenkins.Messages;
import java.util.List;

/**
 * The global form's drop-downs behind {@link DingTalkInspectConfiguration}'s web methods, which keep
 * their Stapler URLs and check permissions, then delegate here (the template checks are core's,
 * through {@code Cards}).
 */
final class ConfigurationForms {

    private ConfigurationForms() {}

    /** "None" first, then every robot by its label. */
    static ListBoxModel defaultRobotItems(List<RobotConfig> robots) {
        ListBoxModel items = new ListBoxModel();
        items.add(Messages.Configuration_NoDefaultRobot(), "");
        for (RobotConfig robot : robots) {
            items.add(robot.label(), robot.getId());
        }
        return items;
    }

    static ListBoxModel cardLanguageItems() {
        ListBoxModel items = new ListBoxModel();
        for (CardLanguage language : CardLanguage.values()) {
            items.add(label(language), language.tag());
        }
        return items;
    }

    private static String label(CardLanguage language) {
        return switch (language) {
            case ZH_CN -> Messages.Configuration_LanguageZh();
            case EN -> Messages.Configuration_LanguageEn();
        };
    }
}
