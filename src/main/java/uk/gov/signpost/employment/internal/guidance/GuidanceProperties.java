package uk.gov.signpost.employment.internal.guidance;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings for GOV.UK guidance search and its refresh from the GOV.UK Content API.
 *
 * @param pageSize the most results on one page of search results
 * @param contentApiBaseUrl the GOV.UK Content API; a page's JSON is at this address plus its base path
 * @param refresh when and how to refresh the pages
 */
@ConfigurationProperties("signpost.guidance")
record GuidanceProperties(int pageSize, URI contentApiBaseUrl, Refresh refresh) {

    GuidanceProperties {
        if (pageSize < 1 || pageSize > 50) {
            throw new IllegalArgumentException("signpost.guidance.page-size must be from 1 to 50");
        }
        String scheme = contentApiBaseUrl.getScheme();
        if (!"https".equals(scheme) && !"http".equals(scheme)) {
            throw new IllegalArgumentException("signpost.guidance.content-api-base-url must be an http(s) URL");
        }
    }

    /**
     * @param cron when to refresh, as a Spring cron expression; {@code -} (the default) never refreshes on a schedule
     * @param timeout how long to wait for GOV.UK to answer one request
     * @param pause the wait between two requests, to stay well inside GOV.UK's rate limit
     */
    record Refresh(String cron, Duration timeout, Duration pause) {

        Refresh {
            if (timeout.isNegative() || timeout.isZero() || pause.isNegative()) {
                throw new IllegalArgumentException(
                        "signpost.guidance.refresh timeout must be positive, pause not negative");
            }
        }
    }
}
