package io.jenkins.plugins.dingtalkinspect.cli;

import io.jenkins.plugins.dingtalkinspect.inspection.CardRenderer;
import io.jenkins.plugins.dingtalkinspect.inspection.Inspection;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
        mixinStandardHelpOptions = true,
        name = "preview",
        description = "Print the markdown and the exact JSON body a card would send, without sending.")
final class PreviewCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    CardArgs card = new CardArgs();

    @Option(names = "--json", description = "Print {\"title\", \"markdown\", \"body\"} as one JSON object.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        Inspection inspection = card.toInspection(System.in);
        CardRenderer.Preview preview = CardRenderer.preview(
                inspection,
                card.toCardOptions(inspection.level()),
                UUID.randomUUID().toString());
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("title", preview.title());
            map.put("markdown", preview.markdown());
            map.put("body", Reports.JSON.readTree(preview.body()));
            out.println(Reports.toJson(map));
        } else {
            out.println("# title\n" + preview.title() + "\n\n# markdown\n" + preview.markdown() + "\n\n# body\n"
                    + preview.body());
        }
        out.flush();
        return 0;
    }
}
