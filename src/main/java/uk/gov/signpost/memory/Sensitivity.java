package uk.gov.signpost.memory;

/** How careful Signpost must be with a fact. */
public enum Sensitivity {
    /** Ordinary personal data, kept with notice. */
    NORMAL,
    /** Special-category data (health, ethnicity, religion, criminal record): kept only with explicit consent. */
    SPECIAL_CATEGORY;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
