package uk.gov.signpost.agent;

import java.util.Objects;
import uk.gov.signpost.conversation.ConversationId;
import uk.gov.signpost.conversation.MessageText;
import uk.gov.signpost.conversation.OwnerId;
import uk.gov.signpost.model.Language;

/**
 * The person sends a message in a conversation.
 *
 * @param chosenLanguage the language the person chose for the service (the header's language link); the reply
 *     is in Welsh when this is Welsh or when the person writes in Welsh
 */
public record TurnCommand(ConversationId conversationId, OwnerId owner, MessageText text, Language chosenLanguage) {

    public TurnCommand {
        Objects.requireNonNull(conversationId, "conversationId");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(chosenLanguage, "chosenLanguage");
    }

    /** A message from someone who has not chosen Welsh. */
    public TurnCommand(ConversationId conversationId, OwnerId owner, MessageText text) {
        this(conversationId, owner, text, Language.ENGLISH);
    }
}
