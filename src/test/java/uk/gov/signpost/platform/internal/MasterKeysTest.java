package uk.gov.signpost.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MasterKeysTest {

    @TempDir
    Path dataDir;

    @Test
    void a_local_instance_generates_its_key_once_and_keeps_it_in_the_data_folder() throws Exception {
        MasterKeys first = MasterKeys.load(null, List.of(), true, dataDir);
        MasterKeys second = MasterKeys.load(null, List.of(), true, dataDir);

        assertThat(second.current().id()).isEqualTo(first.current().id());
        assertThat(Files.readString(dataDir.resolve("master-key")).strip()).hasSize(44);
    }

    @Test
    void an_instance_on_a_shared_database_will_not_start_without_a_configured_key() {
        assertThatIllegalStateException().isThrownBy(() -> MasterKeys.load(null, List.of(), false, dataDir))
                .withMessageContaining("SIGNPOST_MASTER_KEY must be set");
        assertThat(dataDir.resolve("master-key")).doesNotExist();
    }

    @Test
    void a_key_that_is_not_32_bytes_of_base64_is_refused_without_echoing_it() {
        String short16 = Base64.getEncoder().encodeToString(new byte[16]);

        assertThatIllegalStateException().isThrownBy(() -> MasterKeys.load(short16, List.of(), false, dataDir))
                .withMessageContaining("must be 32 bytes").withMessageNotContaining(short16);
        assertThatIllegalStateException().isThrownBy(() -> MasterKeys.load("not base64!", List.of(), false, dataDir))
                .withMessageContaining("not valid base64");
    }

    @Test
    void previous_keys_are_found_by_id_and_the_configured_key_is_current() {
        String current = Base64.getEncoder().encodeToString(new byte[32]);
        byte[] old = new byte[32];
        old[0] = 1;
        MasterKeys keys = MasterKeys.load(current, List.of(Base64.getEncoder().encodeToString(old)), false, dataDir);

        assertThat(keys.current().id()).hasSize(16);
        assertThat(keys.byId(keys.current().id())).contains(keys.current());
        assertThat(keys.byId("0000000000000000")).isEmpty();
    }
}
