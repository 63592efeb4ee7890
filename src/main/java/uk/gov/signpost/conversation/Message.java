package uk.gov.signpost.conversation;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One message in a conversation.
 *
 * @param replyTo for a reply, the person's message it answers
 * @param cards the signposts shown under a reply; empty for the person's own messages
 */
public record Message(
        UUID id,
        ConversationId conversationId,
        Role role,
        String text,
        @Nullable UUID replyTo,
        List<Card> cards,
        Instant createdAt) {

    public Message {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(conversationId, "conversationId");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(createdAt, "createdAt");
        cards = List.copyOf(cards);
    }
}
