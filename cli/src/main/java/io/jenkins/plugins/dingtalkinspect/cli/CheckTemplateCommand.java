package io.jenkins.plugins.dingtalkinspect.cli;

import io.jenkins.plugins.dingtalkinspect.inspection.TemplateCheck;
import io.jenkins.plugins.dingtalkinspect.inspection.TemplateProblem;
import io.jenkins.plugins.dingtalkinspect.robot.InvalidInputException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "check-template",
        mixinStandardHelpOptions = true,
        description =
                "Check a custom card template: syntax errors with line and column, and keys the card does not provide.")
final class CheckTemplateCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The Mustache template to check.")
    Path file;

    @Override
    public Integer call() {
        String template;
        try {
            template = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InvalidInputException("FILE", "cannot read '" + file + "': " + e.getMessage());
        }
        List<TemplateProblem> problems = TemplateCheck.check(template);
        PrintWriter out = spec.commandLine().getOut();
        for (TemplateProblem problem : problems) {
            out.println(file + ":" + problem.line() + ":" + problem.column() + ": "
                    + problem.severity().name().toLowerCase(java.util.Locale.ROOT) + ": " + problem.message());
        }
        boolean usable = TemplateCheck.usable(problems);
        out.println(usable ? "template OK" + (problems.isEmpty() ? "" : " (with warnings)") : "template NOT usable");
        out.flush();
        return usable ? 0 : ExitCodes.BAD_INPUT;
    }
}
