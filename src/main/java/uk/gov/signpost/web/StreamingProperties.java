package uk.gov.signpost.web;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param maxConcurrentTurns streamed turns one instance runs at once; each holds a thread while it waits for
 *     the model. Beyond this, new streamed messages are refused with 503 and {@code Retry-After}.
 */
@ConfigurationProperties("signpost.streaming")
public record StreamingProperties(int maxConcurrentTurns) {

    public StreamingProperties {
        if (maxConcurrentTurns < 1) {
            throw new IllegalArgumentException("signpost.streaming.max-concurrent-turns must be at least 1");
        }
    }
}
