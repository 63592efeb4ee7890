package uk.gov.signpost.memory;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One thing Signpost remembers about a person.
 *
 * @param category a stable name such as {@code postcode_district} or {@code health_condition}
 * @param value the value as the person sees it ("LS6", "20", "Yes")
 * @param sourceConversation the conversation it came from; null once that conversation is deleted
 * @param sourceMessage the person's message it came from
 * @param expiresAt when it will be forgotten unless the person says it again
 */
public record RememberedFact(
        UUID id,
        String category,
        String value,
        Sensitivity sensitivity,
        @Nullable UUID sourceConversation,
        @Nullable UUID sourceMessage,
        Instant savedAt,
        Instant updatedAt,
        @Nullable Instant expiresAt) {

    public RememberedFact {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(sensitivity, "sensitivity");
        Objects.requireNonNull(savedAt, "savedAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }
}
