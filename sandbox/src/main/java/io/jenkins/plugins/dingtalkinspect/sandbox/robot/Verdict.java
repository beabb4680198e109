package io.jenkins.plugins.dingtalkinspect.sandbox.robot;

import io.jenkins.plugins.dingtalkinspect.sandbox.SandboxRobot;
import io.jenkins.plugins.dingtalkinspect.sandbox.SignatureCheck;
import io.jenkins.plugins.dingtalkinspect.sandbox.message.ParsedBody;
import java.util.Objects;
import java.util.Optional;

/**
 * The sandbox's answer to one request, with what it learnt on the way.
 *
 * @param robot the robot the token belongs to, if any
 * @param duplicate accepted, but an earlier accepted message of this robot had the same msgUuid
 */
public record Verdict(
        int errcode,
        String errmsg,
        SignatureCheck signature,
        Optional<SandboxRobot> robot,
        ParsedBody body,
        boolean duplicate) {

    public Verdict {
        Objects.requireNonNull(errmsg, "errmsg");
        Objects.requireNonNull(signature, "signature");
        Objects.requireNonNull(robot, "robot");
        Objects.requireNonNull(body, "body");
    }

    public boolean ok() {
        return errcode == Answers.OK;
    }

    Verdict answer(int newErrcode, String newErrmsg) {
        return new Verdict(newErrcode, newErrmsg, signature, robot, body, false);
    }

    Verdict asDuplicate() {
        return new Verdict(errcode, errmsg, signature, robot, body, true);
    }
}
