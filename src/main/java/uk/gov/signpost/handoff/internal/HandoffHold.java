package uk.gov.signpost.handoff.internal;

import org.springframework.stereotype.Component;
import uk.gov.signpost.agent.AdviserHold;
import uk.gov.signpost.conversation.ConversationId;
import uk.gov.signpost.conversation.Message;
import uk.gov.signpost.platform.LiveNotifications;

/** The agent's {@link AdviserHold}: a conversation is held while its handoff is with an adviser. */
@Component
class HandoffHold implements AdviserHold {

    private final HandoffStore store;
    private final LiveNotifications live;

    HandoffHold(HandoffStore store, LiveNotifications live) {
        this.store = store;
        this.live = live;
    }

    @Override
    public boolean holds(ConversationId conversation) {
        return store.heldByAdviser(conversation);
    }

    @Override
    public void passOn(Message message) {
        live.publish(LiveTopics.conversation(message.conversationId()), "message");
    }
}
