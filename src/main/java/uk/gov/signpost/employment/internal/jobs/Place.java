package uk.gov.signpost.employment.internal.jobs;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import uk.gov.signpost.employment.Nation;

/**
 * A place someone can search near, or an advert can be in.
 *
 * @param name how to show it, such as {@code Leeds} or {@code LS1}
 * @param point where it is; null in Northern Ireland, which the OS Code-Point Open data does not cover
 * @param nation the nation it is in
 * @param region the English region it is in (a key from {@code regions.csv}), or null outside England
 */
record Place(String name, @Nullable GeoPoint point, Nation nation, @Nullable String region) {

    Place {
        if (name.isBlank()) {
            throw new IllegalArgumentException("a place needs a name");
        }
        Objects.requireNonNull(nation, "nation");
    }
}
