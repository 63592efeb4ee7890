package uk.gov.signpost.memory;

/** What happens to what is already remembered when the person turns memory off. */
public enum ExistingFacts {
    /** Keep the facts but do not use them, so turning memory back on brings them back. */
    KEEP,
    /** Delete them. */
    DELETE
}
