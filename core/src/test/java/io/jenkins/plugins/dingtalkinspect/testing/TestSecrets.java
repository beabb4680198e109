package io.jenkins.plugins.dingtalkinspect.testing;

import java.util.List;

/** Every token and secret the tests use, so that {@link SecretLeakGuard} can look for them. */
public final class TestSecrets {

    public static final String TOKEN = "4f1c6b9e2d7a4c3b8e5f1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b1c2d";
    public static final String OTHER_TOKEN = "tokenForTheSecondRobot0123456789abcdef";
    /** The secret of DingTalk's published test vector. */
    public static final String SECRET = "SEC045ae0433d866d0019a47f441d3da2c3c5862b8a8c46f8ab1de83a6fb0b9a54c";

    private TestSecrets() {}

    public static List<String> all() {
        return List.of(TOKEN, OTHER_TOKEN, SECRET);
    }
}
