package uk.gov.signpost.agent;

import java.util.List;
import java.util.Objects;
import uk.gov.signpost.conversation.ConversationId;
import uk.gov.signpost.conversation.OwnerId;

/**
 * Who a tool runs for.
 *
 * @param personMessages what the person has written in this conversation, oldest first, for tools that need
 *     context such as the person's nation
 */
public record ToolContext(ConversationId conversationId, OwnerId owner, List<String> personMessages) {

    public ToolContext {
        Objects.requireNonNull(conversationId, "conversationId");
        Objects.requireNonNull(owner, "owner");
        personMessages = List.copyOf(personMessages);
    }
}
