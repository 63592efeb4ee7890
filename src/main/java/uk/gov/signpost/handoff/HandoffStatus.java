package uk.gov.signpost.handoff;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Where a handoff stands. The allowed moves are data ({@link #canMoveTo}): waiting → with an adviser → handed back
 * or closed; a waiting handoff can also be closed (for example when the person has been helped another way).
 */
public enum HandoffStatus {
    /** In the queue; the assistant still answers the person. */
    WAITING,
    /** A caseworker holds the conversation; the assistant does not answer. */
    WITH_ADVISER,
    /** The adviser gave the conversation back to the assistant. */
    HANDED_BACK,
    /** Ended with an outcome. */
    CLOSED;

    private static final Map<HandoffStatus, Set<HandoffStatus>> MOVES = Map.of(
            WAITING, Set.of(WITH_ADVISER, CLOSED),
            WITH_ADVISER, Set.of(HANDED_BACK, CLOSED),
            HANDED_BACK, Set.of(),
            CLOSED, Set.of());

    public boolean canMoveTo(HandoffStatus next) {
        return MOVES.get(this).contains(next);
    }

    /** Whether the handoff is still in the queue or with an adviser. */
    public boolean open() {
        return this == WAITING || this == WITH_ADVISER;
    }

    public String dbValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static HandoffStatus fromDb(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }
}
