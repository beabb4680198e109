package io.jenkins.plugins.dingtalkinspect.delivery;

import io.jenkins.plugins.dingtalkinspect.robot.Robot;
import io.jenkins.plugins.dingtalkinspect.robot.message.Keywords;
import io.jenkins.plugins.dingtalkinspect.robot.message.Mentions;
import io.jenkins.plugins.dingtalkinspect.robot.message.Message;
import io.jenkins.plugins.dingtalkinspect.robot.message.MessageJson;
import io.jenkins.plugins.dingtalkinspect.robot.message.SizeGuard;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * A message made ready for one robot: mentions written into the text, a keyword added if the robot
 * needs one, cut to the size limit, and given the msgUuid that every retry reuses (DingTalk
 * de-duplicates by it). The body is serialized once.
 */
public record PreparedMessage(Message message, String msgUuid, byte[] body) {

    public static PreparedMessage prepare(Robot robot, Message message, int maxBodyBytes) {
        return prepare(robot, message, UUID.randomUUID().toString(), maxBodyBytes);
    }

    public static PreparedMessage prepare(Robot robot, Message message, String msgUuid, int maxBodyBytes) {
        Message ready = SizeGuard.fit(
                message,
                m -> Keywords.ensurePresent(Mentions.ensureRendered(m), robot.keywords()),
                msgUuid,
                maxBodyBytes);
        return new PreparedMessage(ready, msgUuid, MessageJson.toBytes(ready, msgUuid));
    }

    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PreparedMessage p
                && p.msgUuid.equals(msgUuid)
                && p.bodyText().equals(bodyText());
    }

    @Override
    public int hashCode() {
        return msgUuid.hashCode();
    }

    @Override
    public String toString() {
        return "PreparedMessage[" + message.msgtype() + ", msgUuid=" + msgUuid + ", " + body.length + " bytes]";
    }
}
