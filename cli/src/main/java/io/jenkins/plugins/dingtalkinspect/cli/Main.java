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
            String[] args = parseResult.originalArgs().toArray(String[]::new);
            String message = e instanceof InvalidInputException invalid
                    ? UserErrors.forOptions(invalid)
                    : UserErrors.forListening(e);
            if (message != null) {
                err.println("dingtalk-inspect: " + UserErrors.mask(message, args));
                err.flush();
                return ExitCodes.BAD_INPUT;
            }
            if (System.getenv("DINGTALK_INSPECT_DEBUG") != null) {
                throw e;
            }
            // an exception's own message may quote a URL with its token: name the kind of failure only
            err.println("dingtalk-inspect: unexpected error (" + e.getClass().getName()
                    + "); set DINGTALK_INSPECT_DEBUG=1 to see the stack trace");
            err.flush();
            return ExitCodes.UNKNOWN;
        });
        return cli;
    }
}
