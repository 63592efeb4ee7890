package uk.gov.signpost.employment.internal.jobs;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An advert with what Signpost worked out about it: its SOC 2020 unit group, the skills that group uses, and the
 * MiniLM embedding of its title. Before enrichment has run these are all absent.
 */
record IndexedAdvert(Advert advert, @Nullable String socCode, String skills, float @Nullable [] vector) {

    IndexedAdvert {
        Objects.requireNonNull(advert, "advert");
    }

    static IndexedAdvert plain(Advert advert) {
        return new IndexedAdvert(advert, null, "", null);
    }
}
