package uk.gov.signpost.model;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param provider which adapter answers: {@code offline} (the default, and the only one in this version)
 * @param offline settings of the offline adapter
 */
@ConfigurationProperties("signpost.model")
public record ModelProperties(String provider, Offline offline) {

    /**
     * @param simulatedLatency a pause before each reply, to imitate a slow model in tests and load tests
     * @param streamChunkDelay the pause between streamed pieces, so that replies visibly stream
     * @param similarityThreshold the lowest cosine similarity that counts as recognising an intent
     */
    public record Offline(Duration simulatedLatency, Duration streamChunkDelay, double similarityThreshold) {}
}
