package uk.gov.signpost.platform;

import java.time.Instant;

/**
 * Personal data that is deleted once it is older than its retention period. The retention job calls every
 * implementation with the cutoff configured for its {@link #area()}, so a module that keeps personal data
 * implements this beside {@link PersonalDataHolder}.
 */
public interface ExpiringPersonalData {

    /** The retention area whose period applies, such as {@code conversations} or {@code facts}. */
    String area();

    /** Deletes everything last used before the cutoff, and returns how many records went. */
    int deleteOlderThan(Instant cutoff);
}
