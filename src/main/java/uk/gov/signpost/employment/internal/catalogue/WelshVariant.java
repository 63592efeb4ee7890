package uk.gov.signpost.employment.internal.catalogue;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/** A nation's own version of a service, in Welsh. */
record WelshVariant(@Nullable String name, @Nullable String purpose, @Nullable String url, @Nullable String contact,
        @JsonProperty("welsh_source") String welshSource) implements WelshDetails {}
