package io.jenkins.plugins.dingtalkinspect.jenkins.config;

import static io.jenkins.plugins.casc.misc.Util.getUnclassifiedRoot;
import static io.jenkins.plugins.casc.misc.Util.toYamlString;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import com.cloudbees.plugins.credentials.CredentialsProvider;
import hudson.security.ACL;
import io.jenkins.plugins.casc.ConfigurationContext;
import io.jenkins.plugins.casc.ConfiguratorRegistry;
import io.jenkins.plugins.casc.misc.ConfiguredWithCode;
import io.jenkins.plugins.casc.misc.JenkinsConfiguredWithCodeRule;
import io.jenkins.plugins.casc.misc.junit.jupiter.WithJenkinsConfiguredWithCode;
import io.jenkins.plugins.casc.model.CNode;
import io.jenkins.plugins.dingtalkinspect.digest.DigestOptions;
import java.util.List;
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
}
