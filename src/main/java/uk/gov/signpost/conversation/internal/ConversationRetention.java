package uk.gov.signpost.conversation.internal;

import java.time.Instant;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.gov.signpost.platform.ExpiringPersonalData;

/**
 * Conversations expire a set time after their last message, and take with them, by cascade, their messages and
 * everything other modules keep per conversation.
 */
@Component
class ConversationRetention implements ExpiringPersonalData {

    private final ConversationStore store;

    ConversationRetention(ConversationStore store) {
        this.store = store;
    }

    @Override
    public String area() {
        return "conversations";
    }

    @Override
    @Transactional
    public int deleteOlderThan(Instant cutoff) {
        return store.deleteIdleSince(cutoff);
    }
}
