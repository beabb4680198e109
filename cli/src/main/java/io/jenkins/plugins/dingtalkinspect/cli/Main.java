package io.jenkins.plugins.dingtalkinspect.cli;

import io.jenkins.plugins.dingtalkinspect.robot.InvalidInputException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code dingtalk-inspect}: inspection cards to DingTalk robots from a shell, and a local DingTalk. */
@Command(
        name = "dingtalk-inspect",
        mixinStandardHelpOptions = true,
        version = "dingtalk-inspect 0.1.0",
        description =
                "Send DingTalk (钉钉) inspection cards, preview them, relay them over HTTP, or run a local DingTalk sandbox.",
        subcommands = {
            SendCommand.class,
            PreviewCommand.class,
            SandboxCommand.class,
            ServeCommand.class,
            DemoCommand.class,
            LoadCommand.class,
            CommandLine.HelpCommand.class
        })
public final class Main {

    public static void main(String[] args) {
        System.exit(run(args));
    }

    public static int run(String... args) {
        return commandLine().execute(args);
    }

    static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new Main());
        // a user's mistake is a message and exit code 2, never a stack trace
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof InvalidInputException || e instanceof CommandLine.ParameterException) {
                PrintWriter err = commandLine.getErr();
                err.println("dingtalk-inspect: " + e.getMessage());
                err.flush();
                return ExitCodes.BAD_INPUT;
            }
            throw e;
        });
        cli.setExitCodeExceptionMapper(e -> ExitCodes.BAD_INPUT);
        return cli;
    }
}
