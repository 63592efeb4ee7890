package uk.gov.signpost.employment.internal.catalogue;

import org.jspecify.annotations.Nullable;

/**
 * A service as one person should see it.
 *
 * @param nationSpecific whether the service was chosen because of the person's nation
 */
public record ServiceView(String key, ServiceDetails details, boolean nationSpecific) {

    public String name() {
        return require(details.name());
    }

    public String url() {
        return require(details.url());
    }

    public String purpose() {
        return require(details.purpose());
    }

    public @Nullable String contact() {
        return details.contact();
    }

    private String require(@Nullable String value) {
        if (value == null) {
            throw new IllegalStateException("Catalogue entry " + key + " is missing a field");
        }
        return value;
    }
}
