package uk.gov.signpost.model;

import java.util.Optional;

/**
 * Supplied by a domain pack that knows geography: which UK nation a piece of text points to (a postcode, a
 * town, a nation's name). Offline entity extraction uses it.
 */
public interface PlaceResolver {

    /** {@code england}, {@code wales}, {@code scotland} or {@code northern-ireland}, if the text names a place. */
    Optional<String> nation(String text);
}
