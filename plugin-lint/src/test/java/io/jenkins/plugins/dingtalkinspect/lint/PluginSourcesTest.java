package io.jenkins.plugins.dingtalkinspect.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The rules applied to the real plugin module next door ({@code ../plugin}). */
class PluginSourcesTest {

    private static PluginLint lint;

    @BeforeAll
    static void parsePlugin() {
        Path plugin =
                Path.of(System.getProperty("basedir", ".")).resolve("../plugin").normalize();
        assertThat(plugin.resolve("src/main/java"))
                .as("the plugin module's sources")
                .isDirectory();
        assertThat(Files.exists(plugin.resolve("src/main/resources/index.jelly")))
                .isTrue();
        lint = new PluginLint(plugin);
    }

    @Test
    void everyJellyEscapesByDefault() {
        assertThat(lint.escapeByDefault()).isEmpty();
    }

    @Test
    void everyFormFieldIsBound() {
        assertThat(lint.fieldBindings()).isEmpty();
    }

    @Test
    void helpFilesNameRealFieldsAndHaveChineseTwins() {
        assertThat(lint.helpFiles()).isEmpty();
    }

    @Test
    void everyMessageKeyExistsInBothLanguages() {
        assertThat(lint.messages()).isEmpty();
    }

    @Test
    void webMethodsWithSideEffectsArePostAndPermissionChecked() {
        assertThat(lint.webMethods()).isEmpty();
    }

    @Test
    void everyJellyIsWellFormedXml() {
        assertThat(lint.markup().jellyWellFormed()).isEmpty();
    }

    @Test
    void everySelectAndValidateButtonHasItsDescriptorMethod() {
        assertThat(lint.markup().formMethods()).isEmpty();
    }

    @Test
    void everyHelpFileIsAWellFormedFragment() {
        assertThat(lint.markup().helpWellFormed()).isEmpty();
    }
}
