package io.jenkins.plugins.dingtalkinspect.jenkins.config;

import static io.jenkins.plugins.casc.misc.Util.getUnclassifiedRoot;
import static io.jenkins.plugins.casc.misc.Util.toYamlString;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.cloudbees.plugins.credentials.CredentialsProvider;
import hudson.security.ACL;
import io.jenkins.plugins.casc.ConfigurationAsCode;
import io.jenkins.plugins.casc.ConfigurationContext;
import io.jenkins.plugins.casc.ConfiguratorException;
import io.jenkins.plugins.casc.ConfiguratorRegistry;
import io.jenkins.plugins.casc.misc.ConfiguredWithCode;
import io.jenkins.plugins.casc.misc.JenkinsConfiguredWithCodeRule;
import io.jenkins.plugins.casc.misc.junit.jupiter.WithJenkinsConfiguredWithCode;
import io.jenkins.plugins.casc.model.CNode;
import io.jenkins.plugins.dingtalkinspect.digest.DigestOptions;
import java.util.List;
import java.util.Objects;
import jenkins.model.Jenkins;
import org.jenkinsci.plugins.plaincredentials.StringCredentials;
import org.junit.jupiter.api.Test;

@WithJenkinsConfiguredWithCode
class ConfigurationAsCodeTest {

    /** The YAML's fake token: must not come back in the export of our section. */
    private static final String TOKEN = "cascfaketoken0123456789";

    @Test
    @ConfiguredWithCode("configuration-as-code.yml")
    void importsRobotsAndExportsThemWithoutSecrets(JenkinsConfiguredWithCodeRule r) throws Exception {
        DingTalkInspectConfiguration config = DingTalkInspectConfiguration.get();
        assertThat(config.robotIds().toString(), is("[ops, alerts]"));
        RobotConfig ops = config.robot("ops").orElseThrow();
        assertThat(ops.getTokenCredentialsId(), is("dingtalk-ops-token"));
        assertThat(ops.getSecretCredentialsId(), is("dingtalk-ops-secret"));
        assertThat(ops.keywordList(), is(List.of("Jenkins", "inspection")));
        RobotConfig alerts = config.robot("alerts").orElseThrow();
        assertThat(alerts.getEndpoint(), is("https://oapi.dingtalk.io/robot/send"));
        assertThat(alerts.digestOptions(), is(new DigestOptions(true, 10, 30)));
        assertThat(ops.digestOptions(), is(DigestOptions.off()));
        assertThat(config.getDefaultRobot(), is("ops"));
        assertThat(config.getCardLanguage(), is("en"));
        assertThat(config.getDelivery().getMaxAttempts(), is(3));
        assertThat(config.getDelivery().getMessagesPerMinute(), is(15));

        StringCredentials token = CredentialsProvider.findCredentialByIdInItemGroup(
                "dingtalk-ops-token", StringCredentials.class, Jenkins.get(), ACL.SYSTEM2, List.of());
        assertThat(token.getSecret().getPlainText(), is(TOKEN));

        ConfiguratorRegistry registry = ConfiguratorRegistry.get();
        ConfigurationContext context = new ConfigurationContext(registry);
        CNode exported = getUnclassifiedRoot(context).get("dingtalkInspect");
        String yaml = toYamlString(exported);
        assertThat(yaml, containsString("tokenCredentialsId: \"dingtalk-ops-token\""));
        assertThat(yaml, containsString("defaultRobot: \"ops\""));
        assertThat(yaml, containsString("digestThreshold: 10"));
        assertThat(yaml, not(containsString(TOKEN)));
    }

    /** Applies a YAML file next to this class, as an administrator would (no @ConfiguredWithCode). */
    private void apply(String file) throws ConfiguratorException {
        ConfigurationAsCode.get()
                .configure(Objects.requireNonNull(getClass().getResource(file)).toExternalForm());
    }

    /** Every message in the exception's chain: Configuration as Code wraps the setter's exception. */
    private static String messages(Throwable e) {
        StringBuilder out = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            out.append(t.getMessage()).append('\n');
        }
        return out.toString();
    }

    @Test
    void duplicateRobotIdsFailTheImportNamingTheId(JenkinsConfiguredWithCodeRule r) {
        ConfiguratorException e =
                assertThrows(ConfiguratorException.class, () -> apply("configuration-as-code-duplicate-id.yml"));
        assertThat(messages(e), containsString("robot id \"ops\" is used by more than one robot"));
        assertThat(DingTalkInspectConfiguration.get().getRobots(), is(empty()));
    }

    @Test
    void anInvalidRobotIdFailsTheImportNamingTheId(JenkinsConfiguredWithCodeRule r) {
        ConfiguratorException e =
                assertThrows(ConfiguratorException.class, () -> apply("configuration-as-code-invalid-id.yml"));
        assertThat(messages(e), containsString("robot id \"night shift\" is not valid"));
        assertThat(DingTalkInspectConfiguration.get().getRobots(), is(empty()));
    }

    @Test
    void deliveryValuesOutOfRangeFailTheImport(JenkinsConfiguredWithCodeRule r) {
        ConfiguratorException e = assertThrows(
                ConfiguratorException.class, () -> apply("configuration-as-code-delivery-out-of-range.yml"));
        assertThat(messages(e), containsString("messagesPerMinute 50 is out of range"));
        assertThat(DingTalkInspectConfiguration.get().getDelivery(), is(new DeliverySettings()));
    }

    @Test
    void anEndpointWithAQueryIsImportedWithoutIt(JenkinsConfiguredWithCodeRule r) throws Exception {
        apply("configuration-as-code-endpoint-query.yml");
        RobotConfig alerts = DingTalkInspectConfiguration.get().robot("alerts").orElseThrow();
        assertThat(alerts.getEndpoint(), is("https://oapi.dingtalk.io/robot/send"));
        ConfigurationContext context = new ConfigurationContext(ConfiguratorRegistry.get());
        String yaml = toYamlString(getUnclassifiedRoot(context).get("dingtalkInspect"));
        assertThat(yaml, not(containsString("cascpastedtoken")));
    }
}
