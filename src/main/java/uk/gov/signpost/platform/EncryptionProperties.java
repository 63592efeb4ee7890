package uk.gov.signpost.platform;

import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The master key that wraps every person's data key.
 *
 * @param masterKey 32 random bytes in base64, from {@code SIGNPOST_MASTER_KEY}. Required in production. When it
 *     is empty, Signpost generates one once and keeps it in {@code SIGNPOST_DATA_DIR/master-key}, which suits
 *     only a single local instance
 * @param previousMasterKeys earlier master keys (base64, comma-separated), from
 *     {@code SIGNPOST_PREVIOUS_MASTER_KEYS}: data keys wrapped by one of them are still read, and re-wrapped
 *     under the current key when next used
 * @param keyCacheFor how long an instance keeps an unwrapped data key in memory
 */
@ConfigurationProperties("signpost.encryption")
public record EncryptionProperties(
        @Nullable String masterKey, List<String> previousMasterKeys, Duration keyCacheFor) {

    public EncryptionProperties {
        if (masterKey != null && masterKey.isBlank()) {
            masterKey = null;
        }
        previousMasterKeys = previousMasterKeys == null
                ? List.of()
                : previousMasterKeys.stream().map(String::strip).filter(k -> !k.isEmpty()).toList();
        keyCacheFor = keyCacheFor == null ? Duration.ofMinutes(1) : keyCacheFor;
        if (keyCacheFor.isNegative()) {
            throw new IllegalArgumentException("signpost.encryption.key-cache-for must not be negative");
        }
    }
}
