package uk.gov.signpost.employment.internal.jobs;

import java.util.List;
import java.util.Set;
import uk.gov.signpost.employment.Nation;

/**
 * Where an advert's job is, as far as its free-text location says.
 *
 * @param places the towns and addresses it names, nearest-first is not implied; a place in Northern Ireland has no
 *     point
 * @param national the advert says the job can be anywhere in the UK
 * @param remote the advert says the job is done from home or remotely
 * @param nations nations the job may be anywhere in, when the advert names no place in them (such as "Wales")
 * @param regions English regions the job may be anywhere in, when the advert names no place in them
 */
record AdvertLocation(List<Place> places, boolean national, boolean remote, Set<Nation> nations, Set<String> regions) {

    static final AdvertLocation UNKNOWN = new AdvertLocation(List.of(), false, false, Set.of(), Set.of());

    AdvertLocation {
        places = List.copyOf(places);
        nations = Set.copyOf(nations);
        regions = Set.copyOf(regions);
    }

    /** True when the text named nothing Signpost could place. */
    boolean unknown() {
        return places.isEmpty() && !national && !remote && nations.isEmpty() && regions.isEmpty();
    }

    /** True when someone anywhere could do the job. */
    boolean anywhere() {
        return national || remote;
    }
}
