package io.jenkins.plugins.dingtalkinspect.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The default cards, byte for byte. After an intended change, regenerate with
 * {@code ./mvnw -pl core test -Dtest=GoldenCardTest -Dgolden.update=true} and read every diff.
 */
class GoldenCardTest {

    private static final Path DIR = Path.of("src/test/resources/io/jenkins/plugins/dingtalkinspect/inspection/golden");

    static Stream<Arguments> cards() {
        List<Arguments> all = new ArrayList<>();
        for (CardLanguage language : CardLanguage.values()) {
            for (Level level : Level.values()) {
                for (boolean withBuild : new boolean[] {false, true}) {
                    all.add(Arguments.of(language, level, withBuild));
                }
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} {1} build={2}")
    @MethodSource("cards")
    void defaultCardMatchesItsGoldenFile(CardLanguage language, Level level, boolean withBuild) throws IOException {
        String name = language.tag() + "-" + level.key() + (withBuild ? "-build" : "") + ".md";
        String markdown = CardRenderer.render(Samples.inspection(language, level, withBuild), CardOptions.of(language))
                .text();
        Path golden = DIR.resolve(name);
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(DIR);
            Files.write(golden, markdown.getBytes(StandardCharsets.UTF_8));
        }
        assertThat(golden).exists();
        assertThat(new String(Files.readAllBytes(golden), StandardCharsets.UTF_8))
                .isEqualTo(markdown);
    }
}
