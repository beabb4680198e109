package io.jenkins.plugins.dingtalkinspect.cli;

import io.jenkins.plugins.dingtalkinspect.digest.DigestOptions;
import picocli.CommandLine.Option;

/** {@code --digest [THRESHOLD]}: merge cards into summary cards once THRESHOLD wait for a robot. */
final class DigestOption {

    @Option(
            names = "--digest",
            paramLabel = "THRESHOLD",
            arity = "0..1",
            fallbackValue = "" + DigestOptions.DEFAULT_THRESHOLD,
            description =
                    "Merge cards into digests once THRESHOLD are waiting for a robot (default threshold: ${FALLBACK-VALUE}).")
    Integer threshold;

    DigestOptions options() {
        return threshold == null ? DigestOptions.off() : DigestOptions.after(threshold);
    }
}
