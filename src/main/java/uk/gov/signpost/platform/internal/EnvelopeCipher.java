package uk.gov.signpost.platform.internal;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import uk.gov.signpost.platform.EncryptionProperties;
import uk.gov.signpost.platform.PersonalDataCipher;
import uk.gov.signpost.platform.PersonalDataUnreadableException;

/**
 * Envelope encryption in PostgreSQL: one random AES-256 data key per person, stored in {@code person_key}
 * wrapped by the master key. Unwrapped keys are cached in memory for a short time, and only once the transaction
 * that read or created them has committed, so a key that was rolled back is never used again.
 */
final class EnvelopeCipher implements PersonalDataCipher {

    private static final Logger log = LoggerFactory.getLogger(EnvelopeCipher.class);
    private static final String DATA = "data";
    private static final String WRAP = "wrap";
    private static final int MAX_CACHED = 10_000;

    private final JdbcClient jdbc;
    private final MasterKeys masterKeys;
    private final Clock clock;
    private final EncryptionProperties properties;
    private final SecureRandom random = new SecureRandom();
    private final Map<UUID, Cached> cache = new ConcurrentHashMap<>();

    EnvelopeCipher(JdbcClient jdbc, MasterKeys masterKeys, Clock clock, EncryptionProperties properties) {
        this.jdbc = jdbc;
        this.masterKeys = masterKeys;
        this.clock = clock;
        this.properties = properties;
    }

    @Override
    public byte[] seal(UUID person, String plaintext) {
        SecretKey key = dataKey(person).orElseGet(() -> create(person));
        return Aes.seal(key, plaintext.getBytes(StandardCharsets.UTF_8), Aes.associatedData(DATA, person));
    }

    @Override
    public String open(UUID person, byte[] sealed) {
        SecretKey key = dataKey(person).orElseThrow(PersonalDataUnreadableException::new);
        try {
            return new String(Aes.open(key, sealed, Aes.associatedData(DATA, person)), StandardCharsets.UTF_8);
        } catch (Aes.BadSeal e) {
            throw new PersonalDataUnreadableException();
        }
    }

    @Override
    public boolean destroyKey(UUID person) {
        cache.remove(person);
        afterCommit(() -> cache.remove(person));
        return jdbc.sql("delete from person_key where person_id = ?").param(person).update() == 1;
    }

    /**
     * Re-wraps up to {@code limit} data keys still under one of the configured earlier master keys. Returns how many
     * it did. Keys under a master key that is not configured at all are left alone; using one fails with a message
     * that names it.
     */
    int rewrapOldKeys(int limit) {
        String[] previous = masterKeys.previousIds().toArray(String[]::new);
        if (previous.length == 0) {
            return 0;
        }
        var rows = jdbc.sql("select person_id, wrapped_key, master_key_id from person_key"
                        + " where master_key_id = any (?) limit ?")
                .params(previous, limit)
                .query((rs, row) -> new Wrapped(rs.getObject(1, UUID.class), rs.getBytes(2), rs.getString(3)))
                .list();
        rows.forEach(row -> unwrap(row));
        return rows.size();
    }

    private Optional<SecretKey> dataKey(UUID person) {
        Cached cached = cache.get(person);
        if (cached != null && cached.until().isAfter(clock.instant())) {
            return Optional.of(cached.key());
        }
        return jdbc.sql("select person_id, wrapped_key, master_key_id from person_key where person_id = ?")
                .param(person)
                .query((rs, row) -> new Wrapped(rs.getObject(1, UUID.class), rs.getBytes(2), rs.getString(3)))
                .optional()
                .map(this::unwrap);
    }

    private SecretKey create(UUID person) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        MasterKeys.MasterKey master = masterKeys.current();
        byte[] wrapped = Aes.seal(master.key(), bytes, Aes.associatedData(WRAP, person));
        int inserted = jdbc.sql("insert into person_key (person_id, wrapped_key, master_key_id, created_at)"
                        + " values (?, ?, ?, ?) on conflict (person_id) do nothing")
                .params(person, wrapped, master.id(), Timestamp.from(clock.instant()))
                .update();
        if (inserted == 0) {
            // Another request created this person's key first: use theirs.
            return dataKey(person).orElseThrow(PersonalDataUnreadableException::new);
        }
        SecretKey key = new SecretKeySpec(bytes, "AES");
        remember(person, key);
        return key;
    }

    private SecretKey unwrap(Wrapped row) {
        MasterKeys.MasterKey master = masterKeys.byId(row.masterKeyId()).orElseThrow(() -> new IllegalStateException(
                "A data key is wrapped by master key " + row.masterKeyId() + ", which is not configured. Add it to"
                        + " SIGNPOST_PREVIOUS_MASTER_KEYS."));
        byte[] bytes;
        try {
            bytes = Aes.open(master.key(), row.wrappedKey(), Aes.associatedData(WRAP, row.person()));
        } catch (Aes.BadSeal e) {
            throw new IllegalStateException("The data key of person " + row.person() + " does not unwrap under master"
                    + " key " + master.id());
        }
        if (!master.id().equals(masterKeys.current().id())) {
            MasterKeys.MasterKey current = masterKeys.current();
            jdbc.sql("update person_key set wrapped_key = ?, master_key_id = ? where person_id = ?")
                    .params(Aes.seal(current.key(), bytes, Aes.associatedData(WRAP, row.person())), current.id(),
                            row.person())
                    .update();
            log.info("event=data_key_rewrapped person={} from={} to={}", row.person(), master.id(), current.id());
        }
        SecretKey key = new SecretKeySpec(bytes, "AES");
        remember(row.person(), key);
        return key;
    }

    private void remember(UUID person, SecretKey key) {
        if (properties.keyCacheFor().isZero()) {
            return;
        }
        afterCommit(() -> {
            if (cache.size() >= MAX_CACHED) {
                cache.clear();
            }
            cache.put(person, new Cached(key, clock.instant().plus(properties.keyCacheFor())));
        });
    }

    /** Runs the action after the current transaction commits, or now if there is none. */
    private static void afterCommit(Runnable action) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    action.run();
                }
            });
        } else {
            action.run();
        }
    }

    private record Wrapped(UUID person, byte[] wrappedKey, String masterKeyId) {}

    private record Cached(SecretKey key, Instant until) {}
}
