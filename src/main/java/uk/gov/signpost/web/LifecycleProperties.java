package uk.gov.signpost.web;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How an instance stops (docs/architecture.md, "Many instances").
 *
 * @param drainTimeout on shutdown, how long turns in flight may take to finish before the streams still open are
 *     closed with a {@code reconnect} event; keep it below {@code spring.lifecycle.timeout-per-shutdown-phase}
 *     and the platform's grace period (Kubernetes {@code terminationGracePeriodSeconds})
 */
@ConfigurationProperties("signpost.lifecycle")
public record LifecycleProperties(Duration drainTimeout) {

    public LifecycleProperties {
        if (drainTimeout == null || drainTimeout.isNegative()) {
            throw new IllegalArgumentException("signpost.lifecycle.drain-timeout must be zero or more");
        }
    }
}
