package uk.gov.signpost.handoff;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import uk.gov.signpost.conversation.ConversationId;

/**
 * One request for a person to take over a conversation. Ids, codes and times only.
 *
 * @param reason why it was opened: {@code person_asked}, {@code crisis}, {@code complaint}, {@code complex} or
 *     {@code repeated_failure}
 * @param openedBy {@code person} (through the assistant's confirmed tool), {@code assistant} or {@code guardrail}
 * @param transcriptConsent whether the person agreed that the adviser may read the conversation so far
 * @param adviserName the name the person sees on the adviser's replies, once one has taken it
 * @param outcome for a closed handoff: {@code resolved}, {@code referred}, {@code callback_arranged},
 *     {@code no_response} or {@code other}
 */
public record Handoff(UUID id, ConversationId conversationId, String reason, Urgency urgency, String openedBy,
        HandoffStatus status, boolean transcriptConsent, @Nullable String adviserSubject, @Nullable String adviserName,
        Instant createdAt, @Nullable Instant takenAt, @Nullable Instant endedAt, @Nullable String outcome) {

    public Handoff {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(conversationId, "conversationId");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(urgency, "urgency");
        Objects.requireNonNull(openedBy, "openedBy");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
