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
            CheckTemplateCommand.class,
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
        cli.setParameterExceptionHandler((e, args) -> {
            PrintWriter err = e.getCommandLine().getErr();
            err.println("dingtalk-inspect: " + UserErrors.forParameters(e, args));
            err.println("See 'dingtalk-inspect " + e.getCommandLine().getCommandName() + " --help'.");
            err.flush();
            return ExitCodes.BAD_INPUT;
        });
        // a user's mistake is a message and exit code 2, never a stack trace
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            PrintWriter err = commandLine.getErr();
            String message = e instanceof InvalidInputException invalid
                    ? UserErrors.forOptions(invalid)
                    : UserErrors.forListening(e);
            if (message == null) {
                throw e;
            }
            err.println("dingtalk-inspect: " + message);
            err.flush();
            return ExitCodes.BAD_INPUT;
        });
        return cli;
    }
}
