package io.jenkins.plugins.dingtalkinspect.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sandbox page as a person sees it: after a demo run, headless Chromium renders it and both
 * cards, with their coloured headers, are in the rendered DOM. Skipped where Chromium is not
 * installed (.ci/run installs Debian's chromium package).
 */
class SandboxPageInBrowserTest {

    private static Optional<Path> chromium() {
        return Stream.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome")
                .map(Path::of)
                .filter(Files::isExecutable)
                .findFirst();
    }

    @Test
    void bothDemoCardsAreVisibleInTheBrowser(@TempDir Path profile) throws Exception {
        Optional<Path> browser = chromium();
        assumeTrue(browser.isPresent(), "chromium is not installed");
        Path log = profile.resolve("demo.log");
        Process demo = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        Main.class.getName(),
                        "demo")
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        try {
            String url = awaitPageUrl(log, demo);
            String dom = render(browser.get(), profile, url, "--dump-dom");

            Matcher cards = Pattern.compile("class=\"card[ \"]").matcher(dom);
            int count = 0;
            while (cards.find()) {
                count++;
            }
            assertThat(count).isEqualTo(2);
            assertThat(dom).contains("[巡检] 每天巡检异常").contains("数据库备份检查").contains("磁盘空间巡检");
            assertThat(dom).containsPattern("(?i)color=\"#FF0000\"").containsPattern("(?i)color=\"#008000\"");
            assertThat(dom).doesNotContain(DemoCommand.DEMO_TOKEN).doesNotContain(DemoCommand.DEMO_SECRET);
            render(
                    browser.get(),
                    profile,
                    url,
                    "--screenshot=" + Path.of("target", "sandbox-page.png").toAbsolutePath());
        } finally {
            demo.destroy();
            demo.waitFor(10, TimeUnit.SECONDS);
        }
    }

    private static String awaitPageUrl(Path log, Process demo) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            if (Files.exists(log)) {
                for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
                    if (line.startsWith("Cards: ")) {
                        return line.substring("Cards: ".length()).strip();
                    }
                }
            }
            assertThat(demo.isAlive()).as("demo exited early: %s", read(log)).isTrue();
            Thread.sleep(100);
        }
        throw new AssertionError("demo did not print its page URL: " + read(log));
    }

    private static String render(Path browser, Path profile, String url, String mode) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                browser.toString(),
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--user-data-dir=" + profile.resolve("chromium"),
                "--window-size=1000,1400",
                mode,
                url));
        Path out = profile.resolve("chromium.out");
        Process chrome = new ProcessBuilder(command)
                .redirectOutput(out.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        assertThat(chrome.waitFor(90, TimeUnit.SECONDS)).as("chromium finished").isTrue();
        return read(out);
    }

    private static String read(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            return e.toString();
        }
    }
}
