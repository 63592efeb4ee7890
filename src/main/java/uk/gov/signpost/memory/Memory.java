package uk.gov.signpost.memory;

import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.gov.signpost.conversation.Conversation;
import uk.gov.signpost.conversation.ConversationId;
import uk.gov.signpost.conversation.Conversations;
import uk.gov.signpost.conversation.OwnerId;
import uk.gov.signpost.memory.internal.MemoryActions;
import uk.gov.signpost.memory.internal.PrivateConversations;

/**
 * The person's controls over what Signpost remembers about them, for pages and the API. Every call names the
 * owner; a fact that belongs to someone else behaves exactly like one that does not exist.
 */
@Service
public class Memory {

    private final MemoryActions actions;
    private final PrivateConversations privateConversations;
    private final Conversations conversations;

    Memory(MemoryActions actions, PrivateConversations privateConversations, Conversations conversations) {
        this.actions = actions;
        this.privateConversations = privateConversations;
        this.conversations = conversations;
    }

    /** Whether memory is on, every fact with its source and dates, and the edit history. */
    public MemoryOverview overview(OwnerId owner) {
        return actions.overview(owner);
    }

    public RememberedFact fact(OwnerId owner, UUID id) {
        return actions.fact(owner, id);
    }

    /** Corrects a fact; {@code value} is read as the fact's type, or refused with {@code memory_value_invalid}. */
    public RememberedFact correct(OwnerId owner, UUID id, String value, Channel channel) {
        return actions.correct(owner, id, value, channel);
    }

    public void delete(OwnerId owner, UUID id, Channel channel) {
        actions.delete(owner, id, channel);
    }

    /** Deletes every fact; returns how many went. */
    public int deleteAll(OwnerId owner, Channel channel) {
        return actions.deleteAll(owner, channel);
    }

    public void setEnabled(OwnerId owner, boolean enabled, ExistingFacts existing, Channel channel) {
        actions.setEnabled(owner, enabled, existing, channel);
    }

    /** Starts a conversation that neither reads nor writes memory. */
    @Transactional
    public Conversation startPrivateConversation(OwnerId owner) {
        Conversation conversation = conversations.start(owner);
        privateConversations.mark(owner, conversation.id());
        return conversation;
    }

    public boolean isPrivate(ConversationId conversation) {
        return privateConversations.isPrivate(conversation);
    }
}
