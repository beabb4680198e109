package io.jenkins.plugins.dingtalkinspect.jenkins.delivery;

import hudson.Util;
import hudson.util.FormValidation;
import io.jenkins.plugins.dingtalkinspect.inspection.CardOptions;
import io.jenkins.plugins.dingtalkinspect.inspection.Level;
import io.jenkins.plugins.dingtalkinspect.inspection.MarkdownEscaper;
import io.jenkins.plugins.dingtalkinspect.inspection.TemplateCheck;
import io.jenkins.plugins.dingtalkinspect.inspection.TemplateProblem;
import io.jenkins.plugins.dingtalkinspect.jenkins.Messages;
import io.jenkins.plugins.dingtalkinspect.jenkins.config.DingTalkInspectConfiguration;
import java.util.List;
import java.util.Map;
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

    /** The live check of a custom template: core's {@link TemplateCheck}; nothing for an empty one. */
    public static FormValidation checkTemplate(String template) {
        return Util.fixEmptyAndTrim(template) == null ? FormValidation.ok() : checked(null, template);
    }

    /**
     * The "Check templates" button: both custom templates at once, each result labelled with its
     * level; an empty template says that the built-in card is used.
     */
    public static FormValidation checkTemplates(String infoTemplate, String errorTemplate) {
        return FormValidation.aggregate(List.of(
                checked(Messages.Template_InfoLabel(), infoTemplate),
                checked(Messages.Template_ErrorLabel(), errorTemplate)));
    }

    private static FormValidation checked(String label, String template) {
        String value = Util.fixEmptyAndTrim(template);
        if (value == null) {
            return FormValidation.ok(labelled(label, Messages.Template_Default()));
        }
        List<TemplateProblem> problems = TemplateCheck.check(value);
        if (problems.isEmpty()) {
            return FormValidation.ok(labelled(label, Messages.Template_Ok()));
        }
        String text = problems.stream().map(TemplateProblem::toString).collect(Collectors.joining("; "));
        String message = labelled(label, Messages.Template_Problems(text));
        return TemplateCheck.usable(problems) ? FormValidation.warning(message) : FormValidation.error(message);
    }

    private static String labelled(String label, String text) {
        return label == null ? text : Messages.Template_Labelled(label, text);
    }

    /**
     * The user's markdown with {@code $VAR} and {@code ${VAR}} expanded, each value escaped with
     * core's {@link MarkdownEscaper#inline(String)}: build data (parameters, branch names, commit
     * messages…) shows as text and cannot add links, images, mentions or formatting, while the
     * template's own markdown stays markdown. Unknown variables stay as written, as in
     * {@code EnvVars.expand}; {@code $$} is a literal {@code $}.
     */
    public static String expandEscaped(String markdown, Map<String, String> variables) {
        return Util.replaceMacro(markdown, name -> {
            String value = variables.get(name);
            return value == null ? null : MarkdownEscaper.inline(value);
        });
    }
}
