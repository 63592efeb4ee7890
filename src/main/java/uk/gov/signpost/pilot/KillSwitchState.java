package uk.gov.signpost.pilot;

import java.time.Instant;
import java.util.Objects;

/**
 * One kill switch as it stands.
 *
 * @param reason why it was last changed, as the operator gave it (kept here and in the audit log as a code)
 * @param changedBy who changed it: {@code operator} or {@code system}
 */
public record KillSwitchState(KillSwitchScope scope, boolean off, String reason, String changedBy,
        Instant changedAt) {

    public KillSwitchState {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(changedBy, "changedBy");
        Objects.requireNonNull(changedAt, "changedAt");
    }
}
