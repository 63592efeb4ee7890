package uk.gov.signpost.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.gov.signpost.platform.EncryptionProperties;
import uk.gov.signpost.platform.PersonalDataUnreadableException;
import uk.gov.signpost.support.SignpostIntegrationTest;

/** Data keys in PostgreSQL: created once per person, destroyed for good, and re-wrapped after a master key rotation. */
@SignpostIntegrationTest
class EnvelopeCipherIT {

    @Autowired
    JdbcClient jdbc;

    private final String oldKey = newKey();
    private final String newKey = newKey();

    @Test
    void after_a_rotation_data_sealed_under_the_old_master_key_still_opens_and_its_key_is_rewrapped() {
        UUID person = UUID.randomUUID();
        byte[] sealed = cipher(oldKey, List.of()).seal(person, "LS1 4AP");
        EnvelopeCipher rotated = cipher(newKey, List.of(oldKey));
        String newId = MasterKeys.load(newKey, List.of(), false, null).current().id();

        assertThat(rotated.open(person, sealed)).isEqualTo("LS1 4AP");
        assertThat(masterKeyIdOf(person)).isEqualTo(newId);
        assertThatIllegalStateException().isThrownBy(() -> cipher(oldKey, List.of()).open(person, sealed))
                .withMessageContaining("SIGNPOST_PREVIOUS_MASTER_KEYS");
        assertThat(cipher(newKey, List.of()).open(person, sealed)).as("the old key is no longer needed")
                .isEqualTo("LS1 4AP");
    }

    @Test
    void the_start_up_rewrap_moves_every_old_key_to_the_new_master_key() {
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        cipher(oldKey, List.of()).seal(a, "a");
        cipher(oldKey, List.of()).seal(b, "b");
        EnvelopeCipher rotated = cipher(newKey, List.of(oldKey));

        int rewrapped = rotated.rewrapOldKeys(1000);

        assertThat(rewrapped).isEqualTo(2);
        assertThat(rotated.rewrapOldKeys(1000)).as("nothing left to do").isZero();
        String newId = MasterKeys.load(newKey, List.of(), false, null).current().id();
        assertThat(masterKeyIdOf(a)).isEqualTo(newId);
        assertThat(masterKeyIdOf(b)).isEqualTo(newId);
    }

    @Test
    void one_person_gets_one_key_and_a_destroyed_key_cannot_be_brought_back_by_sealing_again() {
        EnvelopeCipher cipher = cipher(newKey, List.of());
        UUID person = UUID.randomUUID();
        byte[] first = cipher.seal(person, "first");
        cipher.seal(person, "second");
        assertThat(jdbc.sql("select count(*) from person_key where person_id = ?").param(person).query(Integer.class)
                .single()).isEqualTo(1);

        assertThat(cipher.destroyKey(person)).isTrue();
        assertThat(cipher.destroyKey(person)).isFalse();
        cipher.seal(person, "after");

        assertThatThrownBy(() -> cipher.open(person, first)).isInstanceOf(PersonalDataUnreadableException.class);
    }

    private EnvelopeCipher cipher(String master, List<String> previous) {
        return new EnvelopeCipher(jdbc, MasterKeys.load(master, previous, false, null), Clock.systemUTC(),
                new EncryptionProperties(master, previous, Duration.ZERO));
    }

    private String masterKeyIdOf(UUID person) {
        return jdbc.sql("select master_key_id from person_key where person_id = ?").param(person).query(String.class)
                .single();
    }

    private static String newKey() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }
}
