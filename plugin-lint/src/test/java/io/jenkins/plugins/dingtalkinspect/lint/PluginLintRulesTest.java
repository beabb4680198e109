package io.jenkins.plugins.dingtalkinspect.lint;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.dingtalkinspect.lint.PluginLint.Violation;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each rule against a small plugin fixture: clean as it is, and failing on one planted violation. */
class PluginLintRulesTest {

    @TempDir
    Path plugin;

    private Path views;

    @BeforeEach
    void copyFixture() throws IOException, URISyntaxException {
        Path good = Path.of(getClass().getResource("/fixtures/good").toURI());
        try (Stream<Path> walk = Files.walk(good)) {
            for (Path source : walk.toList()) {
                Path target = plugin.resolve(good.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
        views = plugin.resolve("src/main/resources/fixture/Notifier");
    }

    private List<Violation> lint() {
        return new PluginLint(plugin).all();
    }

    private void edit(Path file, String from, String to) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(text).contains(from);
        Files.writeString(file, text.replace(from, to), StandardCharsets.UTF_8);
    }

    private static List<String> rules(List<Violation> violations) {
        return violations.stream().map(Violation::rule).distinct().toList();
    }

    @Test
    void fixtureIsClean() {
        assertThat(lint()).isEmpty();
    }

    @Test
    void jellyWithoutEscapeByDefaultFails() throws IOException {
        edit(views.resolve("config.jelly"), "<?jelly escape-by-default='true'?>\n", "");
        List<Violation> found = lint();
        assertThat(rules(found)).containsExactly(PluginLint.ESCAPE);
        assertThat(found.get(0).file()).endsWith(Path.of("config.jelly"));
    }

    @Test
    void fieldBoundToNothingFails() throws IOException {
        edit(views.resolve("config.jelly"), "field=\"note\"", "field=\"notes\"");
        List<Violation> found = new PluginLint(plugin).fieldBindings();
        assertThat(found)
                .singleElement()
                .satisfies(v -> assertThat(v.detail()).contains("\"notes\"").contains("fixture.Notifier"));
    }

    @Test
    void fieldOfANonBoundPropertyFails() throws IOException {
        edit(plugin.resolve("src/main/java/fixture/Notifier.java"), "@DataBoundSetter\n", "");
        assertThat(new PluginLint(plugin).fieldBindings()).singleElement().satisfies(v -> assertThat(v.detail())
                .contains("\"title\""));
    }

    @Test
    void helpForAnUnknownFieldFails() throws IOException {
        Files.writeString(views.resolve("help-colour.html"), "<div/>");
        Files.writeString(views.resolve("help-colour_zh_CN.html"), "<div/>");
        assertThat(new PluginLint(plugin).helpFiles()).singleElement().satisfies(v -> assertThat(v.detail())
                .contains("\"colour\" is not a field"));
    }

    @Test
    void helpWithoutItsChineseTwinFails() throws IOException {
        Files.delete(views.resolve("help-title_zh_CN.html"));
        assertThat(new PluginLint(plugin).helpFiles()).singleElement().satisfies(v -> assertThat(v.detail())
                .contains("help-title_zh_CN.html"));
    }

    @Test
    void fieldWithoutHelpFails() throws IOException {
        Files.delete(views.resolve("help-note.html"));
        assertThat(new PluginLint(plugin).helpFiles())
                .extracting(Violation::detail)
                .anyMatch(d -> d.contains("\"note\" has no help-note.html"));
    }

    @Test
    void javaMessageMissingFromChineseFails() throws IOException {
        edit(plugin.resolve("src/main/java/fixture/Notifier.java"), "Notifier_DisplayName", "Notifier_Missing");
        List<Violation> found = new PluginLint(plugin).messages();
        assertThat(found).hasSize(2).allSatisfy(v -> assertThat(v.detail()).contains("Messages.Notifier_Missing"));
    }

    @Test
    void jellyKeyMissingFromChineseFails() throws IOException {
        edit(views.resolve("config_zh_CN.properties"), "Note=备注\n", "");
        List<Violation> found = new PluginLint(plugin).messages();
        assertThat(found)
                .extracting(Violation::detail)
                .anyMatch(d -> d.contains("${%Note} is not in config_zh_CN.properties"));
        assertThat(found).extracting(Violation::detail).anyMatch(d -> d.contains("keys differ"));
    }

    @Test
    void jellyKeyWithArgumentsMissingFromChineseFails() throws IOException {
        edit(views.resolve("config_zh_CN.properties"), "Sending=正在通过 {0} 发送...\n", "");
        assertThat(new PluginLint(plugin).messages())
                .extracting(Violation::detail)
                .anyMatch(d -> d.contains("${%Sending} is not in config_zh_CN.properties"));
    }

    @Test
    void jellyKeyWithUnescapedSpacesInPropertiesFails() throws IOException {
        edit(views.resolve("config.properties"), "Send\\ test\\ message=", "Send test message=");
        assertThat(new PluginLint(plugin).messages())
                .extracting(Violation::detail)
                .anyMatch(d -> d.contains("${%Send test message} is not in config.properties"));
    }

    @Test
    void unclosedJellyElementFailsWithItsPosition() throws IOException {
        edit(views.resolve("config.jelly"), "<f:select/>", "<f:select>");
        List<Violation> found = lint();
        assertThat(rules(found)).containsExactly(MarkupRules.JELLY_XML);
        assertThat(found).singleElement().satisfies(v -> {
            assertThat(v.file()).endsWith(Path.of("Notifier", "config.jelly"));
            assertThat(v.detail()).matches("is not well-formed XML: 5:\\d+: .*\"f:select\".*");
        });
    }

    @Test
    void undeclaredJellyPrefixFails() throws IOException {
        edit(views.resolve("config.jelly"), "<f:validateButton", "<l:isAdmin/>\n  <f:validateButton");
        assertThat(new PluginLint(plugin).markup().jellyWellFormed())
                .singleElement()
                .satisfies(v -> assertThat(v.detail())
                        .startsWith("is not well-formed XML: 12:")
                        .contains("\"l\""));
    }

    @Test
    void selectWithoutFillMethodFails() throws IOException {
        edit(plugin.resolve("src/main/java/fixture/Notifier.java"), "doFillRobotItems", "doFillRobotsItems");
        assertThat(lint()).singleElement().satisfies(v -> {
            assertThat(v.rule()).isEqualTo(MarkupRules.FORM_METHODS);
            assertThat(v.detail())
                    .isEqualTo(
                            "4:16: <f:select> field \"robot\" needs doFillRobotItems on fixture.Notifier$DescriptorImpl");
        });
    }

    @Test
    void credentialsSelectWithoutFillMethodFails() throws IOException {
        edit(
                views.resolve("config.jelly"),
                "xmlns:f=\"/lib/form\">",
                "xmlns:f=\"/lib/form\" xmlns:c=\"/lib/credentials\">");
        edit(views.resolve("config.jelly"), "<f:select/>", "<c:select/>");
        assertThat(lint()).isEmpty();
        edit(plugin.resolve("src/main/java/fixture/Notifier.java"), "doFillRobotItems", "doFillRobotsItems");
        assertThat(new PluginLint(plugin).markup().formMethods())
                .singleElement()
                .satisfies(v -> assertThat(v.detail()).contains("<c:select> field \"robot\" needs doFillRobotItems"));
    }

    @Test
    void fillMethodThatIsNotPublicFails() throws IOException {
        edit(
                plugin.resolve("src/main/java/fixture/Notifier.java"),
                "public Object doFillRobotItems",
                "Object doFillRobotItems");
        assertThat(new PluginLint(plugin).markup().formMethods())
                .singleElement()
                .satisfies(v -> assertThat(v.detail())
                        .contains("doFillRobotItems on fixture.Notifier$DescriptorImpl is not public"));
    }

    @Test
    void validateButtonWithoutMethodFails() throws IOException {
        edit(views.resolve("config.jelly"), "method=\"testRobot\"", "method=\"testRobots\"");
        assertThat(new PluginLint(plugin).markup().formMethods())
                .singleElement()
                .satisfies(
                        v -> assertThat(v.detail())
                                .contains(
                                        "<f:validateButton> method \"testRobots\" needs doTestRobots on fixture.Notifier$DescriptorImpl"));
    }

    @Test
    void globalConfigurationIsItsOwnDescriptor() throws IOException {
        edit(plugin.resolve("src/main/java/fixture/Settings.java"), "doFillLanguageItems", "doFillLanguagesItems");
        assertThat(new PluginLint(plugin).markup().formMethods())
                .singleElement()
                .satisfies(v -> {
                    assertThat(v.file()).endsWith(Path.of("Settings", "config.jelly"));
                    assertThat(v.detail()).endsWith("field \"language\" needs doFillLanguageItems on fixture.Settings");
                });
    }

    @Test
    void selectInAViewWithoutDescriptorFails() throws IOException {
        edit(
                plugin.resolve("src/main/java/fixture/Notifier.java"),
                "DescriptorImpl extends Descriptor<Notifier>",
                "Impl");
        assertThat(new PluginLint(plugin).markup().formMethods())
                .singleElement()
                .satisfies(v -> assertThat(v.detail())
                        .contains("needs doFillRobotItems but fixture.Notifier has no descriptor"));
    }

    @Test
    void helpWithAnUnclosedTagFails() throws IOException {
        Files.writeString(views.resolve("help-note.html"), "<div>\n  a <b>note\n</div>\n");
        List<Violation> found = lint();
        assertThat(rules(found)).containsExactly(MarkupRules.HELP_XHTML);
        assertThat(found).singleElement().satisfies(v -> {
            assertThat(v.file()).endsWith(Path.of("help-note.html"));
            assertThat(v.detail()).matches(".*: 3:\\d+: .*\"b\".*");
        });
    }

    @Test
    void helpWithoutASingleRootFails() throws IOException {
        Files.writeString(views.resolve("help_zh_CN.html"), "<p>一</p>\n<p>二</p>\n");
        Files.writeString(views.resolve("help-title.html"), "title <b>in bold</b>\n");
        assertThat(new PluginLint(plugin).markup().helpWellFormed())
                .extracting(v -> v.file().getFileName().toString())
                .containsExactly("help-title.html", "help_zh_CN.html");
    }

    @Test
    void sideEffectMethodWithoutPostOrPermissionFails() throws IOException {
        Path java = plugin.resolve("src/main/java/fixture/Notifier.java");
        edit(java, "        @POST\n", "");
        edit(java, "            Jenkins.get().checkPermission(Jenkins.ADMINISTER);\n", "");
        List<Violation> found = new PluginLint(plugin).webMethods();
        assertThat(found)
                .extracting(Violation::detail)
                .containsExactlyInAnyOrder(
                        "fixture.Notifier$DescriptorImpl#doTestRobot changes or sends but has no @POST",
                        "fixture.Notifier$DescriptorImpl#doTestRobot has no checkPermission(...)");
    }

    @Test
    void fillMethodsAreReadOnly() {
        assertThat(new PluginLint(plugin).webMethods()).isEmpty();
    }
}
