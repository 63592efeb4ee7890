package uk.gov.signpost.employment.internal.guidance;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Indexes the bundled GOV.UK pages at start-up (well under a second). Nothing here calls GOV.UK: only a refresh does.
 */
@Configuration(proxyBeanMethods = false)
class GuidanceConfiguration {

    @Bean
    GuidanceIndex guidanceIndex() {
        return new GuidanceIndex(BundledPages.readDefault());
    }

    @Bean
    ContentApiClient contentApiClient(GuidanceProperties properties) {
        return new ContentApiClient(properties.contentApiBaseUrl(), properties.refresh().timeout());
    }
}
