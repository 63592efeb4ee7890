package uk.gov.signpost.conversation;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** Identifies a conversation. Parsing never throws: a malformed id is simply one that does not exist. */
public record ConversationId(UUID value) {

    public ConversationId {
        Objects.requireNonNull(value, "value");
    }

    public static ConversationId random() {
        return new ConversationId(UUID.randomUUID());
    }

    public static Optional<ConversationId> parse(String text) {
        try {
            return Optional.of(new ConversationId(UUID.fromString(text)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
