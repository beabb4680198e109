package io.jenkins.plugins.dingtalkinspect.jenkins.config;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.Util;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import io.jenkins.plugins.dingtalkinspect.inspection.CardLanguage;
import io.jenkins.plugins.dingtalkinspect.jenkins.Messages;
import io.jenkins.plugins.dingtalkinspect.jenkins.delivery.Cards;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import jenkins.model.GlobalConfiguration;
import jenkins.model.Jenkins;
import net.sf.json.JSONObject;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.StaplerRequest2;
import org.kohsuke.stapler.verb.POST;

/**
 * The robots steps and notifiers may use (by id), and how messages look and are delivered. Only
 * administrators change it; jobs name a robot id, never a credential or URL.
 */
@Extension
@Symbol("dingtalkInspect")
public class DingTalkInspectConfiguration extends GlobalConfiguration {

    private List<RobotConfig> robots = new ArrayList<>();
    private String defaultRobot;
    private String defaultAuthor;
    private String cardLanguage = CardLanguage.parse(null).tag();
    private DeliverySettings delivery = new DeliverySettings();
    private String infoTemplate;
    private String errorTemplate;

    public DingTalkInspectConfiguration() {
        load();
    }

    public static DingTalkInspectConfiguration get() {
        return GlobalConfiguration.all().getInstance(DingTalkInspectConfiguration.class);
    }

    protected Object readResolve() {
        if (robots == null) {
            robots = new ArrayList<>();
        }
        if (delivery == null) {
            delivery = new DeliverySettings();
        }
        if (cardLanguage == null) {
            cardLanguage = CardLanguage.parse(null).tag();
        }
        return this;
    }

    @Override
    public boolean configure(StaplerRequest2 req, JSONObject json) throws FormException {
        // Stapler binds only what the form sends: clear the lists and optional values first, or
        // deleting the last robot (or a template) would never be saved.
        robots = new ArrayList<>();
        defaultRobot = null;
        defaultAuthor = null;
        infoTemplate = null;
        errorTemplate = null;
        delivery = new DeliverySettings();
        req.bindJSON(this, json);
        save();
        return true;
    }

    public List<RobotConfig> getRobots() {
        return List.copyOf(robots);
    }

    @DataBoundSetter
    public void setRobots(List<RobotConfig> robots) {
        this.robots = robots == null ? new ArrayList<>() : new ArrayList<>(robots);
        save();
    }

    public String getDefaultRobot() {
        return defaultRobot;
    }

    @DataBoundSetter
    public void setDefaultRobot(String defaultRobot) {
        this.defaultRobot = Util.fixEmptyAndTrim(defaultRobot);
        save();
    }

    public String getDefaultAuthor() {
        return defaultAuthor;
    }

    @DataBoundSetter
    public void setDefaultAuthor(String defaultAuthor) {
        this.defaultAuthor = Util.fixEmptyAndTrim(defaultAuthor);
        save();
    }

    public String getCardLanguage() {
        return cardLanguage;
    }

    /**
     * {@code zh_CN} or {@code en}; blank means {@code zh_CN}, and other spellings core accepts
     * ({@code en_US}, {@code zh-CN}…) are kept as their tag.
     *
     * @throws IllegalArgumentException (core's {@code InvalidInputException}) for another language
     */
    @DataBoundSetter
    public void setCardLanguage(String cardLanguage) {
        this.cardLanguage = CardLanguage.parse(cardLanguage).tag();
        save();
    }

    /** The language of cards. */
    public CardLanguage cardLanguage() {
        return CardLanguage.parse(cardLanguage);
    }

    /** The locale of cards and build log lines. */
    public Locale cardLocale() {
        return cardLanguage().locale();
    }

    public DeliverySettings getDelivery() {
        return delivery;
    }

    @DataBoundSetter
    public void setDelivery(DeliverySettings delivery) {
        this.delivery = delivery == null ? new DeliverySettings() : delivery;
        save();
    }

    public String getInfoTemplate() {
        return infoTemplate;
    }

    @DataBoundSetter
    public void setInfoTemplate(String infoTemplate) {
        this.infoTemplate = Util.fixEmptyAndTrim(infoTemplate);
        save();
    }

    public String getErrorTemplate() {
        return errorTemplate;
    }

    @DataBoundSetter
    public void setErrorTemplate(String errorTemplate) {
        this.errorTemplate = Util.fixEmptyAndTrim(errorTemplate);
        save();
    }

    public Optional<RobotConfig> robot(String id) {
        return robots.stream()
                .filter(r -> r.getId() != null && r.getId().equals(id))
                .findFirst();
    }

    public Set<String> robotIds() {
        return robots.stream().map(RobotConfig::getId).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /**
     * The robot a step or notifier asked for, or the default robot when it asked for none.
     *
     * @throws IllegalArgumentException with a message for the user: no robot configured, or an
     *     unknown id (with the known ids)
     */
    @NonNull
    public RobotConfig resolveRobot(@CheckForNull String requested) {
        if (robots.isEmpty()) {
            throw new IllegalArgumentException(Messages.Robot_NoneConfigured());
        }
        String id = Util.fixEmptyAndTrim(requested);
        if (id == null) {
            id = defaultRobot != null
                    ? defaultRobot
                    : robots.size() == 1 ? robots.get(0).getId() : null;
        }
        if (id == null) {
            throw new IllegalArgumentException(Messages.Robot_NoDefault(String.join(", ", robotIds())));
        }
        String wanted = id;
        return robot(wanted)
                .orElseThrow(() ->
                        new IllegalArgumentException(Messages.Robot_Unknown(wanted, String.join(", ", robotIds()))));
    }

    @POST
    public ListBoxModel doFillDefaultRobotItems() {
        ListBoxModel items = new ListBoxModel();
        if (!Jenkins.get().hasPermission(Jenkins.ADMINISTER)) {
            return items;
        }
        items.add(Messages.Configuration_NoDefaultRobot(), "");
        for (RobotConfig robot : robots) {
            items.add(robot.label(), robot.getId());
        }
        return items;
    }

    @POST
    public ListBoxModel doFillCardLanguageItems() {
        Jenkins.get().checkPermission(Jenkins.ADMINISTER);
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

    @POST
    public FormValidation doCheckInfoTemplate(@QueryParameter String value) {
        Jenkins.get().checkPermission(Jenkins.ADMINISTER);
        return Cards.checkTemplate(value);
    }

    @POST
    public FormValidation doCheckErrorTemplate(@QueryParameter String value) {
        Jenkins.get().checkPermission(Jenkins.ADMINISTER);
        return Cards.checkTemplate(value);
    }
}
