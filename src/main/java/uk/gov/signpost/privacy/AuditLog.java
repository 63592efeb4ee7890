package uk.gov.signpost.privacy;

import java.util.List;
import java.util.UUID;

/**
 * The append-only, hash-chained audit log. Any module may record an event; nothing can change or remove one
 * (the database rejects updates and deletes), and the verifier finds any row altered behind its back.
 */
public interface AuditLog {

    /**
     * Appends an event in the caller's transaction, so it is kept exactly when the change it records is. Returns
     * the stored row.
     */
    AuditRecord append(AuditEvent event);

    /** Every event about the person, oldest first. */
    List<AuditRecord> about(UUID subject);
}
