package uk.gov.signpost.safety;

/** How worried to be about a message. */
public enum CrisisSeverity {
    /** No sign of crisis found. */
    NONE,
    /** Indirect signs: hopelessness, being a burden, self-harm. Signpost support and offer a person. */
    CONCERN,
    /** Intent, a plan or means, an attempt under way, or someone in immediate danger. Signpost 999 first. */
    URGENT;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
