package io.jenkins.plugins.dingtalkinspect.jenkins.config;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.BulkChange;
import hudson.Extension;
import hudson.Util;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import io.jenkins.plugins.dingtalkinspect.inspection.CardLanguage;
import io.jenkins.plugins.dingtalkinspect.jenkins.delivery.Cards;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
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

    private static final Logger LOGGER = Logger.getLogger(DingTalkInspectConfiguration.class.getName());

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

    /** Also saves again at once when loading dropped a saved endpoint's query (a webhook URL's token). */
    @Override
    public synchronized void load() {
        super.load();
        if (robots != null && robots.stream().anyMatch(RobotConfig::endpointQueryDropped)) {
            LOGGER.warning("DingTalk robots: dropped the query of a saved endpoint (value not shown) and saved"
                    + " the configuration again; a webhook URL with access_token belongs in the token credential");
            save();
        }
    }

    @Override
    public boolean configure(StaplerRequest2 req, JSONObject json) throws FormException {
        // Stapler binds only what the form sends: clear the lists and optional values first, or
        // deleting the last robot (or a template) would never be saved. Nothing is saved until every
        // setter accepted its value; when one refuses, the configuration stays as it was.
        State before =
                new State(robots, defaultRobot, defaultAuthor, cardLanguage, delivery, infoTemplate, errorTemplate);
        try (BulkChange bulk = new BulkChange(this)) {
            robots = new ArrayList<>();
            defaultRobot = null;
            defaultAuthor = null;
            infoTemplate = null;
            errorTemplate = null;
            delivery = new DeliverySettings();
            req.bindJSON(this, json);
            bulk.commit();
        } catch (IllegalArgumentException e) {
            restore(before);
            throw new FormException(e.getMessage(), "robots");
        } catch (IOException e) {
            restore(before);
            throw new FormException(e, "robots");
        }
        return true;
    }

    /** The bound values, to put back when a form submission is refused. */
    private record State(
            List<RobotConfig> robots,
            String defaultRobot,
            String defaultAuthor,
            String cardLanguage,
            DeliverySettings delivery,
            String infoTemplate,
            String errorTemplate) {}

    private synchronized void restore(State state) {
        robots = state.robots();
        defaultRobot = state.defaultRobot();
        defaultAuthor = state.defaultAuthor();
        cardLanguage = state.cardLanguage();
        delivery = state.delivery();
        infoTemplate = state.infoTemplate();
        errorTemplate = state.errorTemplate();
    }

    public List<RobotConfig> getRobots() {
        return List.copyOf(robots);
    }

    /**
     * @throws IllegalArgumentException naming the id when a robot has no id, an invalid one or the
     *     id of another robot (the form, Configuration as Code and scripts all come through here)
     */
    @DataBoundSetter
    public void setRobots(List<RobotConfig> robots) {
        List<RobotConfig> list = robots == null ? new ArrayList<>() : new ArrayList<>(robots);
        RobotList.requireValidIds(list);
        this.robots = list;
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
        return RobotList.find(robots, id);
    }

    public Set<String> robotIds() {
        return RobotList.ids(robots);
    }

    /**
     * The robot a step or notifier asked for, or the default robot when it asked for none.
     *
     * @throws IllegalArgumentException with a message for the user: no robot configured, or an
     *     unknown id (with the known ids)
     */
    @NonNull
    public RobotConfig resolveRobot(@CheckForNull String requested) {
        return RobotList.resolve(robots, defaultRobot, requested);
    }

    @POST
    public ListBoxModel doFillDefaultRobotItems() {
        if (!Jenkins.get().hasPermission(Jenkins.ADMINISTER)) {
            return new ListBoxModel();
        }
        return ConfigurationForms.defaultRobotItems(robots);
    }

    @POST
    public ListBoxModel doFillCardLanguageItems() {
        Jenkins.get().checkPermission(Jenkins.ADMINISTER);
        return ConfigurationForms.cardLanguageItems();
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

    /** The "Check templates" button: core's {@code TemplateCheck} on both templates as they are in the form. */
    @POST
    public FormValidation doCheckTemplates(@QueryParameter String infoTemplate, @QueryParameter String errorTemplate) {
        Jenkins.get().checkPermission(Jenkins.ADMINISTER);
        return Cards.checkTemplates(infoTemplate, errorTemplate);
    }
}
