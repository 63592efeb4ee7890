package uk.gov.signpost.agent;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import uk.gov.signpost.conversation.ClientMessageId;
import uk.gov.signpost.conversation.ConversationId;
import uk.gov.signpost.conversation.MessageText;
import uk.gov.signpost.conversation.OwnerId;
import uk.gov.signpost.model.Language;

/**
 * The person sends a message in a conversation.
 *
 * @param chosenLanguage the language the person chose for the service (the header's language link); the reply
 *     is in Welsh when this is Welsh or when the person writes in Welsh
 * @param clientMessageId the id the client gave the message, if any: sending it again returns the same message and
 *     the same reply instead of a second turn
 */
public record TurnCommand(ConversationId conversationId, OwnerId owner, MessageText text, Language chosenLanguage,
        @Nullable ClientMessageId clientMessageId) {

    public TurnCommand {
        Objects.requireNonNull(conversationId, "conversationId");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(chosenLanguage, "chosenLanguage");
    }

    /** A message with no client message id. */
    public TurnCommand(ConversationId conversationId, OwnerId owner, MessageText text, Language chosenLanguage) {
        this(conversationId, owner, text, chosenLanguage, null);
    }

    /** A message from someone who has not chosen Welsh. */
    public TurnCommand(ConversationId conversationId, OwnerId owner, MessageText text) {
        this(conversationId, owner, text, Language.ENGLISH);
    }

    Optional<ClientMessageId> clientId() {
        return Optional.ofNullable(clientMessageId);
    }
}
