package uk.gov.signpost.memory.internal;

import java.time.Clock;
import org.springframework.stereotype.Component;
import uk.gov.signpost.conversation.ConversationId;
import uk.gov.signpost.conversation.OwnerId;

/** Conversations that neither read nor write memory. */
@Component
public class PrivateConversations {

    private final MemoryJournal journal;
    private final Clock clock;

    PrivateConversations(MemoryJournal journal, Clock clock) {
        this.journal = journal;
        this.clock = clock;
    }

    public void mark(OwnerId owner, ConversationId conversation) {
        journal.markPrivate(owner.value(), conversation.value(), clock.instant());
    }

    public boolean isPrivate(ConversationId conversation) {
        return journal.isPrivate(conversation.value());
    }
}
