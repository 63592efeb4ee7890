package uk.gov.signpost.pilot;

import java.util.List;

/** The outcomes counted for the pilot. Stored as their lower-case names, never with any text. */
public enum Outcome {
    JOB_VIEWED,
    TRAINING_VIEWED,
    ELIGIBILITY_CHECKED,
    SERVICE_SIGNPOSTED,
    HANDOFF_REQUESTED,
    CONVERSATION_RESUMED;

    /** The stored name, such as {@code job_viewed}. */
    public String dbValue() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static List<Outcome> all() {
        return List.of(values());
    }
}
