package uk.gov.signpost.employment.internal.catalogue;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One service in Welsh, with its nations' own versions.
 *
 * @param welshSource where the Welsh name or page was found, or {@code ours} when we wrote the Welsh
 */
record WelshEntry(@Nullable String name, @Nullable String purpose, @Nullable String url, @Nullable String contact,
        @JsonProperty("welsh_source") String welshSource,
        @Nullable Map<String, WelshVariant> variants) implements WelshDetails {}
