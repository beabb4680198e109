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
import io.jenkins.plugins.dingtalkinspect.jenkins.SandboxRobots;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
        assertThat(config.getCardLanguage(), is(DingTalkInspectConfiguration.LANGUAGE_EN));
        assertThat(config.getInfoTemplate(), is("{{title}}"));
        String xml = Files.readString(savedXml());
        assertThat(xml, containsString(SandboxRobots.TOKEN_ID));
        robots.assertNoSecretIn("saved global configuration", xml);
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
