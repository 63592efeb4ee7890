package uk.gov.signpost.platform.internal;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.gov.signpost.platform.DatabaseProperties;
import uk.gov.signpost.platform.EncryptionProperties;
import uk.gov.signpost.platform.PersonalDataCipher;

/** The personal-data cipher, and the re-wrapping of data keys after a master key rotation. */
@Configuration(proxyBeanMethods = false)
class EncryptionConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EncryptionConfiguration.class);

    @Bean
    MasterKeys masterKeys(EncryptionProperties encryption, DatabaseProperties database) {
        return MasterKeys.load(encryption.masterKey(), encryption.previousMasterKeys(), database.embedded(),
                database.dataDir());
    }

    @Bean
    EnvelopeCipher personalDataCipher(JdbcClient jdbc, MasterKeys keys, Clock clock, EncryptionProperties properties) {
        return new EnvelopeCipher(jdbc, keys, clock, properties);
    }

    /**
     * After a rotation (a new {@code SIGNPOST_MASTER_KEY}, the old one in {@code SIGNPOST_PREVIOUS_MASTER_KEYS}),
     * re-wraps every data key under the new master key, so the old one can be retired.
     */
    @EventListener(ApplicationReadyEvent.class)
    void rewrapAfterRotation(ApplicationReadyEvent event) {
        EncryptionProperties properties = event.getApplicationContext().getBean(EncryptionProperties.class);
        if (properties.previousMasterKeys().isEmpty()) {
            return;
        }
        EnvelopeCipher cipher = (EnvelopeCipher) event.getApplicationContext().getBean(PersonalDataCipher.class);
        int total = 0;
        int done;
        do {
            done = cipher.rewrapOldKeys(500);
            total += done;
        } while (done > 0);
        log.info("event=master_key_rotation_finished rewrapped={}", total);
    }
}
