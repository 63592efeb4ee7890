package uk.gov.signpost.conversation;

import uk.gov.signpost.platform.NotFoundException;

/** Thrown for an unknown id and for someone else's conversation alike, so that ids cannot be probed. */
public class ConversationNotFoundException extends NotFoundException {

    public ConversationNotFoundException() {
        super("conversation_not_found", "We could not find that conversation");
    }
}
