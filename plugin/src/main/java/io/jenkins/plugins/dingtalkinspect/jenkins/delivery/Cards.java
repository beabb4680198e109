package io.jenkins.plugins.dingtalkinspect.jenkins.delivery;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.Util;
import hudson.util.FormValidation;
import io.jenkins.plugins.dingtalkinspect.inspection.CardLanguage;
import io.jenkins.plugins.dingtalkinspect.inspection.CardOptions;
import io.jenkins.plugins.dingtalkinspect.inspection.Level;
import io.jenkins.plugins.dingtalkinspect.inspection.TemplateCheck;
import io.jenkins.plugins.dingtalkinspect.inspection.TemplateProblem;
import io.jenkins.plugins.dingtalkinspect.jenkins.Messages;
import io.jenkins.plugins.dingtalkinspect.jenkins.config.DingTalkInspectConfiguration;
import io.jenkins.plugins.dingtalkinspect.jenkins.config.RobotConfig;
import io.jenkins.plugins.dingtalkinspect.robot.message.At;
import java.util.List;
import java.util.stream.Collectors;

/** The global configuration as core's card options, and form helpers around cards. */
public final class Cards {

    private Cards() {}

    /** Language, default author and custom templates from the global configuration. */
    public static CardOptions options(DingTalkInspectConfiguration config, boolean includeParameters) {
        return CardOptions.of(CardLanguage.parse(config.getCardLanguage()))
                .withDefaultAuthor(config.getDefaultAuthor())
                .withTemplate(Level.INFO, config.getInfoTemplate())
                .withTemplate(Level.ERROR, config.getErrorTemplate())
                .withIncludeParameters(includeParameters);
    }

    /** Mentions from form or Pipeline values: mobiles and userIds comma, semicolon or line separated. */
    public static At mentions(@CheckForNull String mobiles, @CheckForNull String userIds, boolean all) {
        return At.of(RobotConfig.splitList(mobiles), RobotConfig.splitList(userIds), all);
    }

    /** The "check template" result for a custom template: core's {@link TemplateCheck}. */
    public static FormValidation checkTemplate(String template) {
        String value = Util.fixEmptyAndTrim(template);
        if (value == null) {
            return FormValidation.ok();
        }
        List<TemplateProblem> problems = TemplateCheck.check(value);
        if (problems.isEmpty()) {
            return FormValidation.ok(Messages.Template_Ok());
        }
        String text = problems.stream().map(TemplateProblem::toString).collect(Collectors.joining("; "));
        boolean unusable = problems.stream().anyMatch(p -> p.kind() == TemplateProblem.Kind.SYNTAX_ERROR);
        return unusable
                ? FormValidation.error(Messages.Template_Problems(text))
                : FormValidation.warning(Messages.Template_Problems(text));
    }
}
