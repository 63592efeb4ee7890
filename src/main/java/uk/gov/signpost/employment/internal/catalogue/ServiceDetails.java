package uk.gov.signpost.employment.internal.catalogue;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/** What a person sees of a service in one nation. */
record ServiceDetails(
        @Nullable String name,
        @Nullable String purpose,
        @JsonProperty("who_for") @Nullable String whoFor,
        @Nullable String url,
        @Nullable String contact,
        @Nullable String source) {

    /** These details, with any gaps filled from {@code base}. */
    ServiceDetails over(ServiceDetails base) {
        return new ServiceDetails(
                name != null ? name : base.name,
                purpose != null ? purpose : base.purpose,
                whoFor != null ? whoFor : base.whoFor,
                url != null ? url : base.url,
                contact != null ? contact : base.contact,
                source != null ? source : base.source);
    }
}
