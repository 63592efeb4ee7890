package uk.gov.signpost.agent;

import uk.gov.signpost.conversation.Message;

/** Follows a turn as it happens, for streaming. Every method has a do-nothing default. */
public interface TurnListener {

    TurnListener NONE = new TurnListener() {};

    /** The person's message is safely stored. */
    default void messageStored(Message message) {}

    /** A piece of the reply's text. */
    default void replyText(String text) {}

    /** The reply's text so far is void: a model failed part way and another is answering. */
    default void replyDiscarded() {}
}
