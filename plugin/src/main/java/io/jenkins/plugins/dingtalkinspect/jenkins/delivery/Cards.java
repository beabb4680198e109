package io.jenkins.plugins.dingtalkinspect.jenkins.delivery;

import hudson.Util;
import hudson.util.FormValidation;
import io.jenkins.plugins.dingtalkinspect.inspection.CardOptions;
import io.jenkins.plugins.dingtalkinspect.inspection.Level;
import io.jenkins.plugins.dingtalkinspect.inspection.TemplateCheck;
import io.jenkins.plugins.dingtalkinspect.inspection.TemplateProblem;
import io.jenkins.plugins.dingtalkinspect.jenkins.Messages;
import io.jenkins.plugins.dingtalkinspect.jenkins.config.DingTalkInspectConfiguration;
import java.util.List;
import java.util.stream.Collectors;

/** The global configuration as core's card options, and form helpers around cards. */
public final class Cards {

    private Cards() {}

    /** Language, default author and custom templates from the global configuration. */
    public static CardOptions options(DingTalkInspectConfiguration config, boolean includeParameters) {
        return CardOptions.of(config.cardLanguage())
                .withDefaultAuthor(config.getDefaultAuthor())
                .withTemplate(Level.INFO, config.getInfoTemplate())
                .withTemplate(Level.ERROR, config.getErrorTemplate())
                .withIncludeParameters(includeParameters);
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
        return TemplateCheck.usable(problems)
                ? FormValidation.warning(Messages.Template_Problems(text))
                : FormValidation.error(Messages.Template_Problems(text));
    }
}
