package uk.gov.signpost.handoff;

import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Service;
import uk.gov.signpost.conversation.ConversationId;
import uk.gov.signpost.conversation.Conversations;
import uk.gov.signpost.conversation.OwnerId;
import uk.gov.signpost.handoff.internal.PersonSide;
import uk.gov.signpost.platform.LiveNotifications;

/**
 * The person's side of human handoff, for their pages and the API. Every call names the owner: a conversation that
 * belongs to someone else behaves exactly like one that does not exist.
 */
@Service
public class Handoffs {

    private final Conversations conversations;
    private final PersonSide side;

    Handoffs(Conversations conversations, PersonSide side) {
        this.conversations = conversations;
        this.side = side;
    }

    /** The conversation's latest handoff as the person sees it, if there has been one. */
    public Optional<PersonView> forPerson(ConversationId conversation, OwnerId owner, Locale locale) {
        conversations.get(conversation, owner);
        return side.view(conversation, locale);
    }

    /**
     * Calls {@code changed} whenever the conversation's handoff changes or an adviser replies, on any instance,
     * until the subscription is closed. Also called if notices may have been missed.
     */
    public LiveNotifications.Subscription watch(ConversationId conversation, OwnerId owner, Runnable changed) {
        conversations.get(conversation, owner);
        return side.watch(conversation, changed);
    }
}
