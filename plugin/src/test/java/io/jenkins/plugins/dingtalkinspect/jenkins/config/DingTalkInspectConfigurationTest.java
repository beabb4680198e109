package io.jenkins.plugins.dingtalkinspect.jenkins.config;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;

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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import jenkins.model.Jenkins;
import org.htmlunit.HttpMethod;
import org.htmlunit.Page;
import org.htmlunit.WebRequest;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.MockAuthorizationStrategy;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

@WithJenkins
class DingTalkInspectConfigurationTest extends SandboxRobots.ConfiguredJenkins {

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
        DeliverySettings settings = new DeliverySettings();
        settings.setMaxAttempts(2);
        settings.setMessagesPerMinute(50);
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

    @Test
    void deletingTheLastRobotIsSaved() throws Exception {
        DingTalkInspectConfiguration config = DingTalkInspectConfiguration.get();
        config.setRobots(List.of());
        r.configRoundtrip();
        assertThat(config.getRobots(), is(empty()));
        config.load();
        assertThat(config.getRobots(), is(empty()));
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
