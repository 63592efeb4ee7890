package uk.gov.signpost.employment.internal.guidance;

import java.net.URI;
import java.time.Duration;

/** Guidance settings for tests that build the classes by hand. */
final class GuidanceTestProperties {

    private GuidanceTestProperties() {}

    static GuidanceProperties pageSize(int pageSize) {
        return new GuidanceProperties(pageSize, URI.create("https://www.gov.uk/api/content"),
                new GuidanceProperties.Refresh("-", Duration.ofSeconds(5), Duration.ZERO));
    }

    static GuidanceProperties contentApi(URI baseUrl) {
        return new GuidanceProperties(10, baseUrl, new GuidanceProperties.Refresh("-", Duration.ofSeconds(5),
                Duration.ZERO));
    }
}
