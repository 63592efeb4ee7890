package uk.gov.signpost.pilot;

import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param cohortsEnabled whether only people in a pilot cohort get the assistant; off (the default) lets everyone
 *     in, with every feature on
 * @param operatorToken the bearer token for the pilot's admin API and comparison report; without one, they answer
 *     only under the {@code local} profile
 * @param resumedAfter how long a conversation must have been quiet for a new turn to count as resuming it
 * @param existingServices catalogue keys of the services shown to people the assistant is not open to
 * @param outcomeTools which domain tool counts as which outcome ({@code job_viewed}, {@code training_viewed},
 *     {@code eligibility_checked}, {@code handoff_requested}), supplied by the domain pack's configuration
 */
@ConfigurationProperties("signpost.pilot")
public record PilotProperties(boolean cohortsEnabled, @Nullable String operatorToken, Duration resumedAfter,
        List<String> existingServices, java.util.Map<String, String> outcomeTools) {

    public PilotProperties {
        operatorToken = operatorToken == null || operatorToken.isBlank() ? null : operatorToken;
        resumedAfter = resumedAfter == null ? Duration.ofMinutes(30) : resumedAfter;
        existingServices = existingServices == null ? List.of() : List.copyOf(existingServices);
        outcomeTools = outcomeTools == null ? java.util.Map.of() : java.util.Map.copyOf(outcomeTools);
    }
}
