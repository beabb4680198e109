package io.jenkins.plugins.dingtalkinspect.cli;

import io.jenkins.plugins.dingtalkinspect.inspection.CardLanguage;
import java.util.Locale;
import picocli.CommandLine.Option;

/** {@code --lang}: the language of the cards and of the delivery reports printed. */
final class LanguageOption {

    @Option(
            names = "--lang",
            paramLabel = "zh_CN|en",
            defaultValue = "zh_CN",
            description = "Card language (default: ${DEFAULT-VALUE}).")
    String lang;

    CardLanguage language() {
        return CardLanguage.parse(lang);
    }

    Locale locale() {
        return language().locale();
    }
}
