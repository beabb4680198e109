package io.jenkins.plugins.dingtalkinspect.cli;

import io.jenkins.plugins.dingtalkinspect.robot.InvalidInputException;
import io.jenkins.plugins.dingtalkinspect.robot.Robot;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * Which robot to send to. Token and secret may come from the environment so that they stay out of
 * shell history and process lists; they are never printed.
 */
final class RobotOptions {

    @Option(
            names = "--webhook",
            paramLabel = "URL",
            description =
                    "Full webhook URL with access_token, or the endpoint when --token is given (env DINGTALK_WEBHOOK).")
    String webhook;

    @Option(names = "--token", paramLabel = "TOKEN", description = "Access token (env DINGTALK_TOKEN).")
    String token;

    @Option(names = "--secret", paramLabel = "SEC…", description = "Signing secret (env DINGTALK_SECRET).")
    String secret;

    @Option(names = "--keyword", paramLabel = "WORD", description = "A security keyword of the robot (repeatable).")
    List<String> keywords = new ArrayList<>();

    Robot toRobot(Map<String, String> env) {
        String hook = firstNonBlank(webhook, env.get("DINGTALK_WEBHOOK"));
        String tok = firstNonBlank(token, env.get("DINGTALK_TOKEN"));
        String sec = firstNonBlank(secret, env.get("DINGTALK_SECRET"));
        if (tok != null) {
            return Robot.of(Robot.parseEndpoint(hook), tok, sec, keywords);
        }
        if (hook != null) {
            return Robot.of(hook, sec, keywords);
        }
        throw new InvalidInputException(
                "--webhook/--token",
                "no robot given: pass --webhook URL (with access_token) or --token, or set DINGTALK_WEBHOOK / DINGTALK_TOKEN");
    }

    private static String firstNonBlank(String a, String b) {
        if (a != null && !a.isBlank()) {
            return a;
        }
        return b == null || b.isBlank() ? null : b;
    }
}
