package io.jenkins.plugins.dingtalkinspect.inspection;

import io.jenkins.plugins.dingtalkinspect.robot.InvalidInputException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a card shows about a build, as plain values, so that the card can be rendered and tested
 * without Jenkins. Glue code fills what it has through {@link #builder(String, int)}.
 *
 * @param jobFullName the job's full name, e.g. {@code ops/nightly-backup}
 * @param jobDisplayName the job's display name (defaults to the full name)
 * @param buildNumber the build number
 * @param buildDisplayName the build's display name (defaults to {@code #<number>})
 * @param result the result; {@link BuildResult#RUNNING} while there is none
 * @param duration how long the build took (so far); {@code null} if unknown
 * @param buildUrl absolute URL of the build, or {@code null}
 * @param consoleUrl absolute URL of its console (defaults to {@code <buildUrl>console})
 * @param parameters the build's parameters, in order
 * @param causes short descriptions of why the build started, e.g. {@code Started by timer}
 * @param triggeredBy the user who started the build, or {@code null}
 * @param changes the commits in the build (may be empty)
 * @param tests the test summary, or {@code null} when the build recorded none
 */
public record BuildFacts(
        String jobFullName,
        String jobDisplayName,
        int buildNumber,
        String buildDisplayName,
        BuildResult result,
        Duration duration,
        String buildUrl,
        String consoleUrl,
        List<Parameter> parameters,
        List<String> causes,
        String triggeredBy,
        List<Change> changes,
        TestSummary tests) {

    /**
     * A build parameter. A sensitive parameter (a password or secret parameter in Jenkins) keeps no
     * value at all, so it cannot leak through a card, a template, a log line or {@code toString}.
     */
    public record Parameter(String name, String value, boolean sensitive) {
        public Parameter {
            InvalidInputException.requireText("build.parameters.name", name);
            value = sensitive ? null : Objects.requireNonNullElse(value, "");
        }

        public static Parameter of(String name, String value) {
            return new Parameter(name, value, false);
        }

        public static Parameter sensitive(String name) {
            return new Parameter(name, null, true);
        }
    }

    /** One commit: id (full or short), author's name and message (only its first line is shown). */
    public record Change(String commitId, String author, String message) {
        public Change {
            commitId = Objects.requireNonNullElse(commitId, "");
            author = Objects.requireNonNullElse(author, "");
            message = Objects.requireNonNullElse(message, "");
        }
    }

    /** Counts of a build's test results. */
    public record TestSummary(int passed, int failed, int skipped) {
        public TestSummary {
            if (passed < 0 || failed < 0 || skipped < 0) {
                throw new InvalidInputException("build.tests", "counts must not be negative");
            }
        }

        public int total() {
            return passed + failed + skipped;
        }
    }

    public BuildFacts {
        InvalidInputException.requireText("build.jobFullName", jobFullName);
        if (buildNumber < 0) {
            throw new InvalidInputException("build.number", "must not be negative, got " + buildNumber);
        }
        jobDisplayName = blankToNull(jobDisplayName) == null ? jobFullName : jobDisplayName;
        buildDisplayName = blankToNull(buildDisplayName) == null ? "#" + buildNumber : buildDisplayName;
        result = result == null ? BuildResult.RUNNING : result;
        if (duration != null && duration.isNegative()) {
            throw new InvalidInputException("build.duration", "must not be negative");
        }
        buildUrl = MarkdownEscaper.url("build.url", buildUrl);
        consoleUrl = MarkdownEscaper.url("build.consoleUrl", consoleUrl);
        if (consoleUrl == null && buildUrl != null) {
            consoleUrl = (buildUrl.endsWith("/") ? buildUrl : buildUrl + "/") + "console";
        }
        parameters = parameters == null
                ? List.of()
                : parameters.stream().filter(Objects::nonNull).toList();
        causes = causes == null
                ? List.of()
                : causes.stream()
                        .filter(c -> c != null && !c.isBlank())
                        .map(String::strip)
                        .distinct()
                        .toList();
        triggeredBy = blankToNull(triggeredBy);
        changes = changes == null
                ? List.of()
                : changes.stream().filter(Objects::nonNull).toList();
    }

    public Optional<TestSummary> testSummary() {
        return Optional.ofNullable(tests);
    }

    public static Builder builder(String jobFullName, int buildNumber) {
        return new Builder(jobFullName, buildNumber);
    }

    public Builder toBuilder() {
        return new Builder(jobFullName, buildNumber)
                .jobDisplayName(jobDisplayName)
                .buildDisplayName(buildDisplayName)
                .result(result)
                .duration(duration)
                .buildUrl(buildUrl)
                .consoleUrl(consoleUrl)
                .parameters(parameters)
                .causes(causes)
                .triggeredBy(triggeredBy)
                .changes(changes)
                .tests(tests);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** Fills a {@link BuildFacts}; every setter accepts {@code null} for "not known". */
    public static final class Builder {
        private final String jobFullName;
        private final int buildNumber;
        private String jobDisplayName;
        private String buildDisplayName;
        private BuildResult result = BuildResult.RUNNING;
        private Duration duration;
        private String buildUrl;
        private String consoleUrl;
        private final List<Parameter> parameters = new ArrayList<>();
        private final List<String> causes = new ArrayList<>();
        private String triggeredBy;
        private final List<Change> changes = new ArrayList<>();
        private TestSummary tests;

        private Builder(String jobFullName, int buildNumber) {
            this.jobFullName = jobFullName;
            this.buildNumber = buildNumber;
        }

        public Builder jobDisplayName(String value) {
            jobDisplayName = value;
            return this;
        }

        public Builder buildDisplayName(String value) {
            buildDisplayName = value;
            return this;
        }

        public Builder result(BuildResult value) {
            result = value;
            return this;
        }

        /** Jenkins' result name, see {@link BuildResult#parse}. */
        public Builder result(String jenkinsResult) {
            result = BuildResult.parse(jenkinsResult);
            return this;
        }

        public Builder duration(Duration value) {
            duration = value;
            return this;
        }

        public Builder durationMillis(long millis) {
            duration = Duration.ofMillis(millis);
            return this;
        }

        public Builder buildUrl(String value) {
            buildUrl = value;
            return this;
        }

        public Builder consoleUrl(String value) {
            consoleUrl = value;
            return this;
        }

        public Builder parameters(List<Parameter> values) {
            parameters.clear();
            if (values != null) {
                parameters.addAll(values);
            }
            return this;
        }

        public Builder parameter(String name, String value) {
            parameters.add(Parameter.of(name, value));
            return this;
        }

        public Builder sensitiveParameter(String name) {
            parameters.add(Parameter.sensitive(name));
            return this;
        }

        public Builder causes(List<String> values) {
            causes.clear();
            if (values != null) {
                causes.addAll(values);
            }
            return this;
        }

        public Builder cause(String value) {
            causes.add(value);
            return this;
        }

        public Builder triggeredBy(String value) {
            triggeredBy = value;
            return this;
        }

        public Builder changes(List<Change> values) {
            changes.clear();
            if (values != null) {
                changes.addAll(values);
            }
            return this;
        }

        public Builder change(String commitId, String author, String message) {
            changes.add(new Change(commitId, author, message));
            return this;
        }

        public Builder tests(TestSummary value) {
            tests = value;
            return this;
        }

        public Builder tests(int passed, int failed, int skipped) {
            tests = new TestSummary(passed, failed, skipped);
            return this;
        }

        public BuildFacts build() {
            return new BuildFacts(
                    jobFullName,
                    jobDisplayName,
                    buildNumber,
                    buildDisplayName,
                    result,
                    duration,
                    buildUrl,
                    consoleUrl,
                    parameters,
                    causes,
                    triggeredBy,
                    changes,
                    tests);
        }
    }
}
