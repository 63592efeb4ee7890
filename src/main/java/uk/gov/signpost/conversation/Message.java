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
 * @param author for an adviser's reply, the name the person sees, such as "Sam"; null otherwise
 */
public record Message(
        UUID id,
        ConversationId conversationId,
        Role role,
        String text,
        @Nullable UUID replyTo,
        List<Card> cards,
        Instant createdAt,
        @Nullable String author) {

    public Message {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(conversationId, "conversationId");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(createdAt, "createdAt");
        cards = List.copyOf(cards);
    }

    /** A message from the person or the assistant, which has no named author. */
    public Message(UUID id, ConversationId conversationId, Role role, String text, @Nullable UUID replyTo,
            List<Card> cards, Instant createdAt) {
        this(id, conversationId, role, text, replyTo, cards, createdAt, null);
    }
}
