package io.jenkins.plugins.dingtalkinspect.robot;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.dingtalkinspect.testing.TestSecrets;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SignerTest {

    @Test
    void matchesDingTalksPublishedVector() {
        assertThat(Signer.sign(TestSecrets.SECRET, 1735693200000L))
                .isEqualTo("BSe0QzwtBdzTlEnmaVptmDApFF/EyDdmvpE/DajHtoE=");
    }

    @Test
    void encodesForTheQueryExactlyOnce() {
        String encoded = Signer.signForQuery(TestSecrets.SECRET, 1735693200000L);
        assertThat(encoded).isEqualTo("BSe0QzwtBdzTlEnmaVptmDApFF%2FEyDdmvpE%2FDajHtoE%3D");
        assertThat(URLDecoder.decode(encoded, StandardCharsets.UTF_8))
                .isEqualTo(Signer.sign(TestSecrets.SECRET, 1735693200000L));
    }

    @Test
    void encodesPlusSoThatServersDoNotReadASpace() {
        // find a timestamp whose signature contains '+', which a lenient encoder would leave bare
        long ts = 1735693200000L;
        while (!Signer.sign(TestSecrets.SECRET, ts).contains("+")) {
            ts++;
        }
        String encoded = Signer.signForQuery(TestSecrets.SECRET, ts);
        assertThat(encoded).contains("%2B").doesNotContain("+");
        assertThat(URLDecoder.decode(encoded, StandardCharsets.UTF_8)).isEqualTo(Signer.sign(TestSecrets.SECRET, ts));
    }

    @Test
    void differsPerTimestamp() {
        assertThat(Signer.sign(TestSecrets.SECRET, 1L)).isNotEqualTo(Signer.sign(TestSecrets.SECRET, 2L));
    }
}
