package uk.gov.signpost.handoff;

import java.util.Locale;

/** How soon a caseworker should pick a handoff up. The queue is ordered by this, then by waiting time. */
public enum Urgency {
    /** Signs of a crisis: top of the queue. */
    URGENT,
    /** A complaint, or the assistant failing the person several times in a row. */
    PRIORITY,
    /** The person asked for a person. */
    ROUTINE;

    public String dbValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Urgency fromDb(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }

    /** The urgency a reason gets. */
    public static Urgency forReason(String reason) {
        return switch (reason) {
            case "crisis" -> URGENT;
            case "complaint", "repeated_failure", "complex" -> PRIORITY;
            default -> ROUTINE;
        };
    }
}
