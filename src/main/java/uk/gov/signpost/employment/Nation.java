package uk.gov.signpost.employment;

import java.util.Arrays;
import java.util.Optional;

/** The four nations of the UK. Many services differ between them. */
public enum Nation {
    ENGLAND("england", "England"),
    WALES("wales", "Wales"),
    SCOTLAND("scotland", "Scotland"),
    NORTHERN_IRELAND("northern-ireland", "Northern Ireland");

    private final String key;
    private final String displayName;

    Nation(String key, String displayName) {
        this.key = key;
        this.displayName = displayName;
    }

    /** The key used in data files, such as {@code northern-ireland}. */
    public String key() {
        return key;
    }

    public String displayName() {
        return displayName;
    }

    public static Optional<Nation> fromKey(String key) {
        return Arrays.stream(values()).filter(n -> n.key.equalsIgnoreCase(key.trim())).findFirst();
    }
}
