package uk.gov.signpost.employment.internal.catalogue;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** One service as the catalogue file holds it: the default details and any nation's own version. */
record ServiceEntry(
        String key,
        List<String> nations,
        String name,
        String purpose,
        @JsonProperty("who_for") String whoFor,
        String url,
        @Nullable String contact,
        String source,
        @Nullable Map<String, ServiceDetails> variants) {

    ServiceDetails base() {
        return new ServiceDetails(name, purpose, whoFor, url, contact, source);
    }
}
