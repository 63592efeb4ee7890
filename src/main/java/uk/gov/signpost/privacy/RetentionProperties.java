package uk.gov.signpost.privacy;

import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How long personal data is kept after it was last used.
 *
 * @param conversations from {@code SIGNPOST_RETENTION_CONVERSATIONS}: a conversation goes this long after its last
 *     message, with its messages and everything kept for it
 * @param facts from {@code SIGNPOST_RETENTION_FACTS}: remembered facts go this long after they were saved
 * @param cron from {@code SIGNPOST_RETENTION_CRON}: when the retention job runs ({@code -} for never)
 */
@ConfigurationProperties("signpost.retention")
public record RetentionProperties(Duration conversations, Duration facts, String cron) {

    public RetentionProperties {
        conversations = conversations == null ? Duration.ofDays(30) : conversations;
        facts = facts == null ? Duration.ofDays(180) : facts;
        cron = cron == null || cron.isBlank() ? "-" : cron;
        if (conversations.isNegative() || conversations.isZero() || facts.isNegative() || facts.isZero()) {
            throw new IllegalArgumentException("Retention periods must be longer than zero");
        }
    }

    /** The period for each retention area. */
    public Map<String, Duration> periods() {
        return Map.of("conversations", conversations, "facts", facts);
    }
}
