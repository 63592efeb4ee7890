package uk.gov.signpost.model;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param provider which adapter answers first: {@code offline} (the default), {@code anthropic} or
 *     {@code openai}; offline mode is always there as the fallback
 * @param offline settings of the offline adapter
 * @param failover when a remote model counts as failing, and how long to leave it alone
 */
@ConfigurationProperties("signpost.model")
public record ModelProperties(String provider, Offline offline, Failover failover) {

    /**
     * @param simulatedLatency a pause before each reply, to imitate a slow model in tests and load tests
     * @param streamChunkDelay the pause between streamed pieces, so that replies visibly stream
     * @param similarityThreshold the lowest cosine similarity that counts as recognising an intent
     */
    public record Offline(Duration simulatedLatency, Duration streamChunkDelay, double similarityThreshold) {}

    /**
     * @param failureRateThreshold percentage of failed calls that opens the circuit
     * @param minimumCalls calls counted before the rate means anything
     * @param openFor how long an open circuit sends every call straight to offline mode before trying again
     */
    public record Failover(float failureRateThreshold, int minimumCalls, Duration openFor) {}
}
