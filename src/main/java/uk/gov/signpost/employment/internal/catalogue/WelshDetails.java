package uk.gov.signpost.employment.internal.catalogue;

import org.jspecify.annotations.Nullable;

/** A service's Welsh text; any field left out is taken from the English. */
interface WelshDetails {

    @Nullable String name();

    @Nullable String purpose();

    /** A Welsh page to link to, where one exists. */
    @Nullable String url();

    @Nullable String contact();

    default ServiceDetails asDetails() {
        return new ServiceDetails(name(), purpose(), null, url(), contact(), null);
    }
}
