package uk.gov.signpost.handoff.internal;

import uk.gov.signpost.conversation.ConversationId;

/** The live notice topics handoff uses. Payloads are ids and codes only. */
final class LiveTopics {

    /** Any change to the queue; the payload is the handoff's id. */
    static final String QUEUE = "handoff.queue";

    private LiveTopics() {}

    /** Any change in one conversation's handoff, or a new message in it; payload {@code status} or {@code message}. */
    static String conversation(ConversationId id) {
        return "handoff.conversation." + id.value();
    }
}
