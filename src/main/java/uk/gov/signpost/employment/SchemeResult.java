package uk.gov.signpost.employment;

import java.util.Locale;
import java.util.Objects;

/**
 * What we can tell about one scheme for one person.
 *
 * @param key the scheme's stable key, such as {@code access_to_work}
 * @param title the scheme's name
 * @param url where to find out more or get it, on GOV.UK where there is a page
 * @param eligible whether it may suit them
 * @param reason why, in words a person can read
 */
public record SchemeResult(String key, String title, String url, Eligible eligible, String reason) {

    public SchemeResult {
        if (key.isBlank() || title.isBlank() || reason.isBlank()) {
            throw new IllegalArgumentException("a scheme result needs a key, a title and a reason");
        }
        if (!url.startsWith("https://")) {
            throw new IllegalArgumentException("scheme " + key + " links to an address that is not https");
        }
        Objects.requireNonNull(eligible, "eligible");
    }

    /**
     * {@code YES}: what they told us meets the scheme's conditions; {@code MAYBE}: it depends; {@code NO}: it does
     * not.
     */
    public enum Eligible {
        YES,
        MAYBE,
        NO;

        /** The value in the API: {@code yes}, {@code maybe} or {@code no}. */
        public String value() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
