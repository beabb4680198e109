package io.jenkins.plugins.dingtalkinspect.jenkins.config;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Util;
import io.jenkins.plugins.dingtalkinspect.jenkins.Messages;
import io.jenkins.plugins.dingtalkinspect.robot.Robot;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The rules of {@link DingTalkInspectConfiguration}'s robot list: every robot has a valid id no other
 * robot uses, and which robot a step or notifier means when it names one, or none.
 */
final class RobotList {

    private RobotList() {}

    /**
     * @throws IllegalArgumentException naming the id when a robot has no id, an invalid one or the
     *     id of another robot
     */
    static void requireValidIds(List<RobotConfig> robots) {
        Set<String> seen = new HashSet<>();
        for (RobotConfig robot : robots) {
            String id = robot.getId();
            if (id == null) {
                throw new IllegalArgumentException(Messages.Configuration_RobotIdRequired());
            }
            if (!RobotConfig.ID.matcher(id).matches()) {
                throw new IllegalArgumentException(Messages.Configuration_RobotIdInvalid(shownId(id)));
            }
            if (!seen.add(id)) {
                throw new IllegalArgumentException(Messages.Configuration_RobotIdDuplicate(id));
            }
        }
    }

    /** An invalid id as a message shows it: without any query (a pasted webhook URL), at most 64 characters. */
    private static String shownId(String id) {
        String shown = Robot.hasQuery(id) ? Objects.toString(Robot.stripQuery(id), "") + "?…" : id;
        return shown.length() <= 64 ? shown : shown.substring(0, 63) + "…";
    }

    static Optional<RobotConfig> find(List<RobotConfig> robots, String id) {
        return robots.stream()
                .filter(r -> r.getId() != null && r.getId().equals(id))
                .findFirst();
    }

    static Set<String> ids(List<RobotConfig> robots) {
        return robots.stream().map(RobotConfig::getId).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /**
     * The robot asked for, or the default robot when none was asked for (the only robot when no
     * default is set).
     *
     * @throws IllegalArgumentException with a message for the user: no robot configured, no default
     *     among several, or an unknown id (with the known ids)
     */
    @NonNull
    static RobotConfig resolve(
            List<RobotConfig> robots, @CheckForNull String defaultRobot, @CheckForNull String requested) {
        if (robots.isEmpty()) {
            throw new IllegalArgumentException(Messages.Robot_NoneConfigured());
        }
        String id = Util.fixEmptyAndTrim(requested);
        if (id == null) {
            id = defaultRobot != null
                    ? defaultRobot
                    : robots.size() == 1 ? robots.get(0).getId() : null;
        }
        if (id == null) {
            throw new IllegalArgumentException(Messages.Robot_NoDefault(String.join(", ", ids(robots))));
        }
        String wanted = id;
        return find(robots, wanted)
                .orElseThrow(() ->
                        new IllegalArgumentException(Messages.Robot_Unknown(wanted, String.join(", ", ids(robots)))));
    }
}
