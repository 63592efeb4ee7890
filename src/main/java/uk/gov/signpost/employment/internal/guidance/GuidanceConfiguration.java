package uk.gov.signpost.employment.internal.guidance;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Indexes the bundled GOV.UK pages at start-up (well under a second). Nothing here calls GOV.UK: only a refresh does.
 */
@Configuration(proxyBeanMethods = false)
class GuidanceConfiguration {

    private static final Logger log = LoggerFactory.getLogger(GuidanceConfiguration.class);

    @Bean
    GuidanceIndex guidanceIndex() {
        long started = System.nanoTime();
        List<GuidancePage> pages = BundledPages.readDefault();
        GuidanceIndex index = new GuidanceIndex(pages);
        int sections = pages.stream().mapToInt(page -> page.sections().size()).sum();
        log.info("event=guidance_indexed pages={} sections={} millis={}", pages.size(), sections,
                (System.nanoTime() - started) / 1_000_000);
        return index;
    }

    @Bean
    ContentApiClient contentApiClient(GuidanceProperties properties) {
        return new ContentApiClient(properties.contentApiBaseUrl(), properties.refresh().timeout());
    }
}
