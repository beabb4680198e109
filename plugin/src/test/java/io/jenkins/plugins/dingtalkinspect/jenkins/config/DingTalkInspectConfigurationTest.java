package io.jenkins.plugins.dingtalkinspect.jenkins.config;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertThrows;

import hudson.model.User;
import hudson.security.ACL;
import hudson.security.ACLContext;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import io.jenkins.plugins.dingtalkinspect.delivery.DeliveryOptions;
import io.jenkins.plugins.dingtalkinspect.delivery.RateLimit;
import io.jenkins.plugins.dingtalkinspect.delivery.RetryPolicy;
import io.jenkins.plugins.dingtalkinspect.digest.DigestOptions;
import io.jenkins.plugins.dingtalkinspect.inspection.CardLanguage;
import io.jenkins.plugins.dingtalkinspect.jenkins.SandboxRobots;
import io.jenkins.plugins.dingtalkinspect.jenkins.delivery.Cards;
import io.jenkins.plugins.dingtalkinspect.robot.Robot;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import jenkins.model.Jenkins;
import org.htmlunit.HttpMethod;
import org.htmlunit.Page;
import org.htmlunit.WebRequest;
import org.htmlunit.html.HtmlElement;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlInput;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.MockAuthorizationStrategy;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

@WithJenkins
class DingTalkInspectConfigurationTest extends SandboxRobots.ConfiguredJenkins {

    /** Stands for an access token pasted with a webhook URL: must never be saved or shown. */
    private static final String LEAK = "pastedtoken0123456789abcdef";

    private static final String WEBHOOK_QUERY = "?access_token=" + LEAK;

    private Path savedXml() {
        return r.jenkins.getRootDir().toPath().resolve(DingTalkInspectConfiguration.class.getName() + ".xml");
    }

    @Test
    void globalFormRoundTripKeepsEverythingAndNoSecret() throws Exception {
        DingTalkInspectConfiguration config = DingTalkInspectConfiguration.get();
        RobotConfig second = robots.robot("alerts", SandboxRobots.TOKEN_ID, null);
        second.setDisplayName("Alerts group");
        second.setKeywords("Jenkins\ninspection");
        second.setDigest(true);
        second.setDigestThreshold(5);
        second.setDigestMaxPerDigest(30);
        config.setRobots(List.of(config.getRobots().get(0), second));
        config.setDefaultRobot("alerts");
        config.setDefaultAuthor("SRE");
        config.setInfoTemplate("{{title}}");
        List<RobotConfig> before = config.getRobots();
        DeliverySettings delivery = config.getDelivery();
        r.configRoundtrip();
        assertThat(config.getRobots(), is(before));
        assertThat(config.getDelivery(), is(delivery));
        assertThat(config.getDefaultRobot(), is("alerts"));
        assertThat(config.getDefaultAuthor(), is("SRE"));
        assertThat(config.getCardLanguage(), is(CardLanguage.EN.tag()));
        assertThat(config.cardLocale(), is(Locale.ENGLISH));
        RobotConfig alerts = config.robot("alerts").orElseThrow();
        assertThat(alerts.digestOptions(), is(new DigestOptions(true, 5, 30)));
        assertThat(config.robot("ops").orElseThrow().digestOptions(), is(DigestOptions.off()));
        assertThat(config.getInfoTemplate(), is("{{title}}"));
        String xml = Files.readString(savedXml());
        assertThat(xml, containsString(SandboxRobots.TOKEN_ID));
        robots.assertNoSecretIn("saved global configuration", xml);
    }

    @Test
    void robotsSavedBeforeDigestModeLoadWithItOff() throws Exception {
        DingTalkInspectConfiguration config = DingTalkInspectConfiguration.get();
        String xml = Files.readString(savedXml());
        assertThat(xml, containsString("<digestThreshold>"));
        Files.writeString(savedXml(), xml.replaceAll("\\s*<digest(Threshold|MaxPerDigest)?>[^<]*</digest\\w*>", ""));
        config.load();
        RobotConfig ops = config.robot("ops").orElseThrow();
        assertThat(ops.isDigest(), is(false));
        assertThat(ops.getDigestThreshold(), is(DigestOptions.off().threshold()));
        assertThat(ops.getDigestMaxPerDigest(), is(DigestOptions.off().maxPerDigest()));
        assertThat(ops.digestOptions(), is(DigestOptions.off()));
    }

    @Test
    void formChecksUseCoresRules() {
        RobotConfig.DescriptorImpl robot = r.jenkins.getDescriptorByType(RobotConfig.DescriptorImpl.class);
        assertThat(robot.doCheckDigestThreshold(1).kind, is(FormValidation.Kind.OK));
        assertThat(robot.doCheckDigestThreshold(0).kind, is(FormValidation.Kind.ERROR));
        assertThat(robot.doCheckDigestMaxPerDigest(DigestOptions.MAX_PER_DIGEST).kind, is(FormValidation.Kind.OK));
        assertThat(
                robot.doCheckDigestMaxPerDigest(DigestOptions.MAX_PER_DIGEST + 1).kind, is(FormValidation.Kind.ERROR));
        assertThat(robot.doCheckEndpoint("").kind, is(FormValidation.Kind.OK));
        assertThat(robot.doCheckEndpoint("https://exa mple.com/robot/send").kind, is(FormValidation.Kind.ERROR));
        assertThat(robot.doCheckEndpoint("http://oapi.dingtalk.com/robot/send").kind, is(FormValidation.Kind.ERROR));

        DeliverySettings.DescriptorImpl delivery = r.jenkins.getDescriptorByType(DeliverySettings.DescriptorImpl.class);
        assertThat(delivery.doCheckMessagesPerMinute(20).kind, is(FormValidation.Kind.OK));
        assertThat(delivery.doCheckMessagesPerMinute(21).kind, is(FormValidation.Kind.ERROR));
        assertThat(delivery.doCheckMaxAttempts(0).kind, is(FormValidation.Kind.ERROR));
        assertThat(delivery.doCheckConnectTimeoutSeconds(5).kind, is(FormValidation.Kind.OK));
        assertThat(delivery.doCheckConnectTimeoutSeconds(0).kind, is(FormValidation.Kind.ERROR));
        assertThat(delivery.doCheckReadTimeoutSeconds(301).kind, is(FormValidation.Kind.ERROR));
        assertThat(delivery.doCheckDeadlineSeconds(3600).kind, is(FormValidation.Kind.OK));
        assertThat(delivery.doCheckDeadlineSeconds(3601).kind, is(FormValidation.Kind.ERROR));
        DeliverySettings settings = new DeliverySettings();
        settings.setMaxAttempts(2);
        settings.setMessagesPerMinute(RateLimit.dingTalkDefault().messages());
        DeliveryOptions options = settings.toOptions();
        assertThat(options.retry(), is(RetryPolicy.defaults().withMaxAttempts(2)));
        assertThat(options.rateLimit(), is(RateLimit.dingTalkDefault()));

        DingTalkInspectConfiguration config = DingTalkInspectConfiguration.get();
        assertThat(
                config.doFillCardLanguageItems().stream().map(o -> o.value).toList(),
                contains(CardLanguage.ZH_CN.tag(), CardLanguage.EN.tag()));
        assertThat(RobotChoices.levels(null).stream().map(o -> o.value).toList(), contains("info", "error", "auto"));
        assertThat(Cards.checkTemplate("{{title}}").kind, is(FormValidation.Kind.OK));
        assertThat(Cards.checkTemplate("{{titel}}").kind, is(FormValidation.Kind.WARNING));
        assertThat(Cards.checkTemplate("{{#title}}").kind, is(FormValidation.Kind.ERROR));
    }

    /** Through the real form: without clearing the list before binding, the robot would come back. */
    @Test
    void deletingTheLastRobotInTheFormIsSaved() throws Exception {
        DingTalkInspectConfiguration config = DingTalkInspectConfiguration.get();
        assertThat(config.robotIds(), contains("ops"));
        HtmlForm form = r.createWebClient().goTo("configure").getFormByName("config");
        HtmlElement block = form.getFirstByXPath(".//input[@name='_.id'][@value='ops']"
                + "/ancestor::div[contains(concat(' ', normalize-space(@class), ' '), ' repeated-chunk ')][1]");
        assertThat("robot ops's block in the form", block, is(notNullValue()));
        block.remove();
        r.submit(form);
        assertThat(config.getRobots(), is(empty()));
        assertThat(Files.readString(savedXml()), not(containsString(SandboxRobots.TOKEN_ID)));
        config.load();
        assertThat(config.getRobots(), is(empty()));
    }

    @Test
    void aFormWithADuplicateRobotIdIsRefusedAndNothingChanges() throws Exception {
        DingTalkInspectConfiguration config = DingTalkInspectConfiguration.get();
        config.setRobots(List.of(config.getRobots().get(0), robots.robot("alerts", SandboxRobots.TOKEN_ID, null)));
        List<RobotConfig> before = config.getRobots();
        String savedBefore = Files.readString(savedXml());
        JenkinsRule.WebClient wc = r.createWebClient().withThrowExceptionOnFailingStatusCode(false);
        HtmlForm form = wc.goTo("configure").getFormByName("config");
        HtmlInput alertsId = form.getFirstByXPath(".//input[@name='_.id'][@value='alerts']");
        alertsId.setValue("ops");
        HtmlPage answer = r.submit(form);
        assertThat(answer.asNormalizedText(), containsString("robot id \"ops\" is used by more than one robot"));
        assertThat(config.getRobots(), is(before));
        assertThat(Files.readString(savedXml()), is(savedBefore));
    }

    @Test
    void robotIdsAreCheckedWhereverRobotsComeFrom() {
        DingTalkInspectConfiguration config = DingTalkInspectConfiguration.get();
        List<RobotConfig> before = config.getRobots();
        IllegalArgumentException duplicate = assertThrows(
                IllegalArgumentException.class,
                () -> config.setRobots(List.of(
                        robots.robot("ops", SandboxRobots.TOKEN_ID, null),
                        robots.robot("ops", SandboxRobots.TOKEN_ID, null))));
        assertThat(duplicate.getMessage(), containsString("robot id \"ops\" is used by more than one robot"));
        IllegalArgumentException invalid = assertThrows(
                IllegalArgumentException.class,
                () -> config.setRobots(List.of(robots.robot("night shift!", SandboxRobots.TOKEN_ID, null))));
        assertThat(invalid.getMessage(), containsString("robot id \"night shift!\" is not valid"));
        IllegalArgumentException pasted = assertThrows(
                IllegalArgumentException.class,
                () -> config.setRobots(List.of(robots.robot(
                        "https://oapi.dingtalk.com/robot/send" + WEBHOOK_QUERY, SandboxRobots.TOKEN_ID, null))));
        assertThat(pasted.getMessage(), not(containsString(LEAK)));
        IllegalArgumentException missing = assertThrows(
                IllegalArgumentException.class,
                () -> config.setRobots(List.of(new RobotConfig(" ", SandboxRobots.TOKEN_ID))));
        assertThat(missing.getMessage(), containsString("every robot needs an id"));
        assertThat(config.getRobots(), is(before));
    }

    @Test
    void theEndpointFieldRefusesAQueryWithoutShowingIt() {
        RobotConfig.DescriptorImpl robot = r.jenkins.getDescriptorByType(RobotConfig.DescriptorImpl.class);
        for (String pasted : List.of(
                "https://oapi.dingtalk.com/robot/send" + WEBHOOK_QUERY,
                "https://oapi.dingtalk.io/robot/send#" + LEAK,
                "not a url ?" + LEAK)) {
            FormValidation check = robot.doCheckEndpoint(pasted);
            assertThat(pasted, check.kind, is(FormValidation.Kind.ERROR));
            assertThat(check.renderHtml(), containsString("token credential"));
            assertThat(check.renderHtml(), not(containsString(LEAK)));
        }
        assertThat(robot.doCheckEndpoint("https://oapi.dingtalk.io/robot/send").kind, is(FormValidation.Kind.OK));
    }

    @Test
    void theEndpointNeverKeepsAQuery() throws Exception {
        RobotConfig alerts = new RobotConfig("alerts", SandboxRobots.TOKEN_ID);
        alerts.setEndpoint(" https://oapi.dingtalk.io/robot/send" + WEBHOOK_QUERY + " ");
        assertThat(alerts.getEndpoint(), is("https://oapi.dingtalk.io/robot/send"));
        RobotConfig pastedDefault = new RobotConfig("default", SandboxRobots.TOKEN_ID);
        pastedDefault.setEndpoint(Robot.DEFAULT_ENDPOINT + WEBHOOK_QUERY);
        assertThat(pastedDefault.getEndpoint(), is(nullValue()));
        RobotConfig onlyQuery = new RobotConfig("only-query", SandboxRobots.TOKEN_ID);
        onlyQuery.setEndpoint(WEBHOOK_QUERY);
        assertThat(onlyQuery.getEndpoint(), is(nullValue()));

        DingTalkInspectConfiguration config = DingTalkInspectConfiguration.get();
        config.setRobots(List.of(config.getRobots().get(0), alerts));
        String xml = Files.readString(savedXml());
        assertThat(xml, not(containsString(LEAK)));

        // a file saved before the setter dropped queries: loading drops it and saves at once
        String endpoint = "<endpoint>https://oapi.dingtalk.io/robot/send</endpoint>";
        assertThat(xml, containsString(endpoint));
        Files.writeString(
                savedXml(),
                xml.replace(
                        endpoint,
                        "<endpoint>https://oapi.dingtalk.io/robot/send?access_token=" + LEAK + "</endpoint>"));
        config.load();
        assertThat(config.robot("alerts").orElseThrow().getEndpoint(), is("https://oapi.dingtalk.io/robot/send"));
        assertThat(Files.readString(savedXml()), not(containsString(LEAK)));
    }

    @Test
    void deliverySettingsRefuseValuesOutOfRange() {
        DeliverySettings settings = new DeliverySettings();
        int limit = RateLimit.dingTalkDefault().messages();
        IllegalArgumentException tooMany =
                assertThrows(IllegalArgumentException.class, () -> settings.setMessagesPerMinute(50));
        assertThat(tooMany.getMessage(), containsString("messagesPerMinute 50 is out of range"));
        assertThat(tooMany.getMessage(), containsString("Between 1 and " + limit + " messages a minute"));
        assertThat(settings.getMessagesPerMinute(), is(limit));
        assertThrows(IllegalArgumentException.class, () -> settings.setMessagesPerMinute(0));
        assertThrows(IllegalArgumentException.class, () -> settings.setConnectTimeoutSeconds(0));
        assertThrows(IllegalArgumentException.class, () -> settings.setReadTimeoutSeconds(301));
        assertThrows(IllegalArgumentException.class, () -> settings.setDeadlineSeconds(3601));
        assertThrows(IllegalArgumentException.class, () -> settings.setMaxAttempts(RetryPolicy.MAX_ATTEMPTS + 1));
        assertThat(settings, is(new DeliverySettings()));
    }

    @Test
    void deliveryValuesOutOfRangeInASavedFileAreBroughtIntoRange() throws Exception {
        DingTalkInspectConfiguration config = DingTalkInspectConfiguration.get();
        int limit = RateLimit.dingTalkDefault().messages();
        String saved = "<messagesPerMinute>" + limit + "</messagesPerMinute>";
        String xml = Files.readString(savedXml());
        assertThat(xml, containsString(saved));
        Files.writeString(savedXml(), xml.replace(saved, "<messagesPerMinute>50</messagesPerMinute>"));
        config.load();
        assertThat(config.getDelivery().getMessagesPerMinute(), is(limit));
        assertThat(config.getDelivery().getMaxAttempts(), is(1));
    }

    @Test
    void checkTemplatesButtonChecksBothTemplates() throws Exception {
        DingTalkInspectConfiguration config = DingTalkInspectConfiguration.get();
        FormValidation fine = config.doCheckTemplates("{{title}}", "");
        assertThat(fine.kind, is(FormValidation.Kind.OK));
        assertThat(fine.renderHtml(), containsString("Error template: empty"));
        FormValidation both = config.doCheckTemplates("{{titel}}", "{{#title}}");
        assertThat(both.kind, is(FormValidation.Kind.ERROR));
        assertThat(both.renderHtml(), containsString("Info template: Template problems"));
        assertThat(both.renderHtml(), containsString("Error template: Template problems"));
        assertThat(config.doCheckTemplates("{{titel}}", null).kind, is(FormValidation.Kind.WARNING));

        HtmlPage page = r.createWebClient().goTo("configure");
        assertThat(page.querySelector("button[data-validate-button-method='checkTemplates']"), is(notNullValue()));
    }

    @Test
    void testButtonDeliversThroughTheSandbox() {
        RobotConfig.DescriptorImpl descriptor = r.jenkins.getDescriptorByType(RobotConfig.DescriptorImpl.class);
        FormValidation result = descriptor.doSendTestMessage(
                "ops",
                SandboxRobots.TOKEN_ID,
                SandboxRobots.SECRET_ID,
                "",
                robots.sandbox.webhookEndpoint().toString());
        assertThat(result.kind, is(FormValidation.Kind.OK));
        assertThat(robots.messages().size(), is(1));
        FormValidation pasted = descriptor.doSendTestMessage(
                "ops",
                SandboxRobots.TOKEN_ID,
                SandboxRobots.SECRET_ID,
                "",
                robots.sandbox.webhookEndpoint() + WEBHOOK_QUERY);
        assertThat("the endpoint without its query", pasted.kind, is(FormValidation.Kind.OK));
        assertThat(pasted.renderHtml(), not(containsString(LEAK)));
        assertThat(robots.messages().size(), is(2));
        FormValidation missing = descriptor.doSendTestMessage("ops", "no-such-credential", null, null, null);
        assertThat(missing.kind, is(FormValidation.Kind.ERROR));
        robots.assertNoSecretIn("form validation", missing.renderHtml() + result.renderHtml());
    }

    @Test
    void usersWithoutAdministerGet403AndSeeNoCredentials() throws Exception {
        r.jenkins.setSecurityRealm(r.createDummySecurityRealm());
        r.jenkins.setAuthorizationStrategy(new MockAuthorizationStrategy()
                .grant(Jenkins.READ)
                .everywhere()
                .to("reader")
                .grant(Jenkins.ADMINISTER)
                .everywhere()
                .to("admin"));
        JenkinsRule.WebClient wc =
                r.createWebClient().withThrowExceptionOnFailingStatusCode(false).login("reader");
        String url = "descriptorByName/" + RobotConfig.class.getName() + "/sendTestMessage?id=ops&tokenCredentialsId="
                + SandboxRobots.TOKEN_ID;
        Page page = wc.getPage(new WebRequest(wc.createCrumbedUrl(url), HttpMethod.POST));
        assertThat(page.getWebResponse().getStatusCode(), is(403));
        assertThat(robots.messages(), is(empty()));
        String check = "descriptorByName/" + DingTalkInspectConfiguration.class.getName()
                + "/checkTemplates?infoTemplate=x&errorTemplate=y";
        Page checked = wc.getPage(new WebRequest(wc.createCrumbedUrl(check), HttpMethod.POST));
        assertThat(checked.getWebResponse().getStatusCode(), is(403));

        RobotConfig.DescriptorImpl descriptor = r.jenkins.getDescriptorByType(RobotConfig.DescriptorImpl.class);
        try (ACLContext ignored = ACL.as2(User.getById("reader", true).impersonate2())) {
            ListBoxModel items = descriptor.doFillTokenCredentialsIdItems("current-id");
            assertThat(items.stream().map(o -> o.value).toList(), contains("current-id"));
        }
        try (ACLContext ignored = ACL.as2(User.getById("admin", true).impersonate2())) {
            ListBoxModel items = descriptor.doFillTokenCredentialsIdItems("");
            assertThat(items.stream().map(o -> o.value).toList().contains(SandboxRobots.TOKEN_ID), is(true));
        }
    }
}
