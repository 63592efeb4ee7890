package uk.gov.signpost.conversation;

import java.time.Instant;
import java.util.Objects;

/** A conversation between one owner and the assistant. */
public record Conversation(ConversationId id, OwnerId ownerId, Instant createdAt, Instant updatedAt) {

    public Conversation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(ownerId, "ownerId");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }
}
