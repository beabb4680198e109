package io.jenkins.plugins.dingtalkinspect.robot.message;

import io.jenkins.plugins.dingtalkinspect.robot.InvalidInputException;
import io.jenkins.plugins.dingtalkinspect.robot.ValueList;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Who a message mentions. DingTalk names the fields atMobiles, atUserIds and isAtAll. */
public record At(List<String> atMobiles, List<String> atUserIds, boolean isAtAll) {

    /** One unofficial source puts the ceiling at 50; beyond it mentions are dropped silently. */
    public static final int MAX_MENTIONS = 50;

    public static final At NONE = new At(List.of(), List.of(), false);

    /** Mainland numbers (11 digits starting with 1) or the international form DingTalk uses: +852-12345678. */
    private static final Pattern MOBILE = Pattern.compile("1\\d{10}|\\+\\d{1,4}-\\d{4,14}");

    private static final Pattern USER_ID = Pattern.compile("[A-Za-z0-9_$.\\-]{1,64}");

    public At {
        atMobiles = clean(atMobiles);
        atUserIds = clean(atUserIds);
        for (String mobile : atMobiles) {
            if (!MOBILE.matcher(mobile).matches()) {
                throw new InvalidInputException(
                        "atMobiles",
                        "'" + mobile
                                + "' is not a mobile number; use 11 digits (13800000000) or +CC-NUMBER (+852-12345678)");
            }
        }
        for (String userId : atUserIds) {
            if (!USER_ID.matcher(userId).matches()) {
                throw new InvalidInputException(
                        "atUserIds", "'" + userId + "' is not a DingTalk userId (letters, digits, '_', '-', '.', '$')");
            }
        }
        if (atMobiles.size() + atUserIds.size() > MAX_MENTIONS) {
            throw new InvalidInputException(
                    "at",
                    "at most " + MAX_MENTIONS + " mentions per message, got " + (atMobiles.size() + atUserIds.size()));
        }
    }

    public static At of(List<String> mobiles, List<String> userIds, boolean all) {
        return new At(mobiles, userIds, all);
    }

    /**
     * Mentions as typed into a form or a Pipeline step: mobiles and userIds one per line or
     * separated by commas or semicolons ({@link ValueList}), each checked as {@link #At} does.
     */
    public static At parse(String mobiles, String userIds, boolean all) {
        return new At(ValueList.split(mobiles), ValueList.split(userIds), all);
    }

    public static At mobiles(String... mobiles) {
        return new At(List.of(mobiles), List.of(), false);
    }

    public static At userIds(String... userIds) {
        return new At(List.of(), List.of(userIds), false);
    }

    public static At all() {
        return new At(List.of(), List.of(), true);
    }

    public boolean isEmpty() {
        return atMobiles.isEmpty() && atUserIds.isEmpty() && !isAtAll;
    }

    /** The {@code @name} tokens DingTalk needs to find in the text for each mention to render. */
    public List<String> handles() {
        return Stream.concat(atMobiles.stream(), atUserIds.stream())
                .map(h -> "@" + h)
                .toList();
    }

    private static List<String> clean(List<String> values) {
        if (values == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String v : values) {
            if (v != null && !v.isBlank() && !out.contains(v.strip())) {
                out.add(v.strip());
            }
        }
        return List.copyOf(out);
    }
}
