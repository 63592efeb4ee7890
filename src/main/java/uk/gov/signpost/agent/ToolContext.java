package uk.gov.signpost.agent;

import java.util.List;
import java.util.Objects;
import uk.gov.signpost.conversation.ConversationId;
import uk.gov.signpost.conversation.OwnerId;
import uk.gov.signpost.model.Language;

/**
 * Who a tool runs for.
 *
 * @param personMessages what the person has written in this conversation, oldest first, for tools that need
 *     context such as the person's nation
 * @param language the language of this turn's reply; a tool words what it says, and its cards, in it
 */
public record ToolContext(ConversationId conversationId, OwnerId owner, List<String> personMessages,
        Language language) {

    public ToolContext {
        Objects.requireNonNull(conversationId, "conversationId");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(language, "language");
        personMessages = List.copyOf(personMessages);
    }

    /** A context for a turn answered in English. */
    public ToolContext(ConversationId conversationId, OwnerId owner, List<String> personMessages) {
        this(conversationId, owner, personMessages, Language.ENGLISH);
    }
}
