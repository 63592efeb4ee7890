package uk.gov.signpost.platform;

import java.util.UUID;

/**
 * Encrypts a person's personal data under a data key of their own (envelope encryption: AES-256-GCM data keys,
 * each stored wrapped by the master key from configuration). Destroying a person's key makes every copy of
 * their sealed data unreadable, including copies in backups and replicas that erasure cannot reach.
 *
 * <p>Sealed values are bound to the person: a value sealed for one person cannot be opened as another's. What
 * this does not protect: values while they are in memory, values written anywhere without sealing, and data
 * whose key row survives in a backup of the key table (see the runbook's rule for key backups).
 */
public interface PersonalDataCipher {

    /** Encrypts text for the person, creating their data key the first time. */
    byte[] seal(UUID person, String plaintext);

    /**
     * Decrypts a value sealed for the person.
     *
     * @throws PersonalDataUnreadableException if their key has been destroyed or the value was tampered with
     */
    String open(UUID person, byte[] sealed);

    /** A value sealed for {@code from}, sealed again for {@code to} (a conversation that changed owner). */
    default byte[] reseal(UUID from, UUID to, byte[] sealed) {
        return seal(to, open(from, sealed));
    }

    /** Destroys the person's data key for good. Returns whether there was one. */
    boolean destroyKey(UUID person);
}
