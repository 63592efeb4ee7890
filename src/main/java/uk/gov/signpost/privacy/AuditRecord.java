package uk.gov.signpost.privacy;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One row of the audit log as stored: its place in the chain, when, and what happened. */
public record AuditRecord(long seq, UUID id, Instant at, String type, @Nullable UUID subject, String actor,
        Map<String, String> details) {

    public AuditRecord {
        details = Map.copyOf(details);
    }
}
