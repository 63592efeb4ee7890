package uk.gov.signpost.handoff;

/** Whether an adviser can reply soon, told to the person honestly. */
public enum Availability {
    /** Inside opening hours, and at least one caseworker has been working the queue in the last few minutes. */
    AVAILABLE,
    /** Inside opening hours, but no caseworker is signed in and working the queue. */
    NOBODY_SIGNED_IN,
    /** Outside the advisers' opening hours. */
    CLOSED
}
