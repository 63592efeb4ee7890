package uk.gov.signpost.agent;

import uk.gov.signpost.conversation.ConversationId;
import uk.gov.signpost.conversation.Message;

/**
 * Whether a human adviser holds a conversation. While one does, the assistant does not answer the person's
 * messages: they go to the adviser. Implemented by the module that runs human handoff; with none, the assistant
 * always answers.
 */
public interface AdviserHold {

    /** Whether an adviser holds the conversation now. Asked for every message, so it must be cheap. */
    boolean holds(ConversationId conversation);

    /** Tells the adviser holding the conversation that the person has written {@code message}. */
    void passOn(Message message);

    /** No adviser ever holds a conversation. */
    AdviserHold NONE = new AdviserHold() {
        @Override
        public boolean holds(ConversationId conversation) {
            return false;
        }

        @Override
        public void passOn(Message message) {}
    };
}
