package uk.gov.signpost.agent;

import java.util.Objects;
import uk.gov.signpost.conversation.ConversationId;
import uk.gov.signpost.conversation.MessageText;
import uk.gov.signpost.conversation.OwnerId;

/** The person sends a message in a conversation. */
public record TurnCommand(ConversationId conversationId, OwnerId owner, MessageText text) {

    public TurnCommand {
        Objects.requireNonNull(conversationId, "conversationId");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(text, "text");
    }
}
