package uk.gov.signpost.memory;

/** Where a change to memory was made, for the edit history. */
public enum Channel {
    CONVERSATION, PAGE, API, RESUME, SYSTEM;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
