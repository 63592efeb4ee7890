package uk.gov.signpost.conversation;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.gov.signpost.conversation.internal.ConversationStore;

/**
 * The conversation module's API. Every read and write names the owner, and a conversation that belongs to
 * someone else behaves exactly like one that does not exist.
 */
@Service
public class Conversations {

    private final ConversationStore store;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Conversations(ConversationStore store, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public Conversation start(OwnerId owner) {
        Instant now = clock.instant();
        Conversation conversation = new Conversation(ConversationId.random(), owner, now, now);
        store.insert(conversation);
        events.publishEvent(new ConversationStarted(conversation.id(), owner));
        return conversation;
    }

    @Transactional(readOnly = true)
    public Conversation get(ConversationId id, OwnerId owner) {
        return store.find(id).filter(c -> c.ownerId().equals(owner)).orElseThrow(ConversationNotFoundException::new);
    }

    @Transactional(readOnly = true)
    public List<Conversation> ownedBy(OwnerId owner) {
        return store.findByOwner(owner);
    }

    /**
     * Stores the person's message, committed on its own, so that it is safe on disk before any reply is
     * attempted. One statement checks the owner, stores the message and updates the conversation, because this is
     * on every turn's path.
     */
    public Message addUserMessage(ConversationId id, OwnerId owner, MessageText text) {
        Message message = new Message(
                UUID.randomUUID(), id, Role.USER, text.value(), null, List.of(), clock.instant());
        if (!store.insertIfOwned(message, owner)) {
            throw new ConversationNotFoundException();
        }
        return message;
    }

    /**
     * Stores the assistant's reply to one of the person's messages. Returns the reply already stored if another
     * attempt got there first: a message is never answered twice.
     */
    public Message addReply(ConversationId id, UUID replyTo, String text, List<Card> cards) {
        Message reply = new Message(UUID.randomUUID(), id, Role.ASSISTANT, text, replyTo, cards, clock.instant());
        if (!store.insertReplyIfAbsent(reply)) {
            return store.findReplyTo(replyTo).orElseThrow();
        }
        return reply;
    }

    /**
     * Stores a reply from a named adviser who holds the conversation. The caller (the handoff module) has checked
     * that they may; the conversation's owner is not needed.
     */
    @Transactional
    public Message addAdviserReply(ConversationId id, String text, String adviserName) {
        store.find(id).orElseThrow(ConversationNotFoundException::new);
        Message reply = new Message(UUID.randomUUID(), id, Role.ADVISER, text, null, List.of(), clock.instant(),
                adviserName);
        store.insertStandalone(reply);
        return reply;
    }

    /**
     * The conversation's messages for someone acting for the service (an adviser the person shared it with), not
     * for its owner. The caller checks that they may read it.
     */
    @Transactional(readOnly = true)
    public List<Message> historyForService(ConversationId id) {
        Conversation conversation = store.find(id).orElseThrow(ConversationNotFoundException::new);
        return store.messagesIfOwned(id, conversation.ownerId());
    }

    /** The owner of a conversation, for modules acting for the service; empty if it does not exist. */
    @Transactional(readOnly = true)
    public Optional<OwnerId> ownerOf(ConversationId id) {
        return store.find(id).map(Conversation::ownerId);
    }

    /** The conversation's messages, oldest first. One query when the conversation has any. */
    public List<Message> history(ConversationId id, OwnerId owner) {
        List<Message> messages = store.messagesIfOwned(id, owner);
        if (messages.isEmpty()) {
            get(id, owner); // tells an empty conversation from someone else's
        }
        return messages;
    }

    /** The person's latest message, if it has not been answered yet (for example after a crash mid-turn). */
    @Transactional(readOnly = true)
    public Optional<Message> unansweredMessage(ConversationId id, OwnerId owner) {
        List<Message> messages = history(id, owner);
        if (messages.isEmpty()) {
            return Optional.empty();
        }
        Message last = messages.get(messages.size() - 1);
        return last.role() == Role.USER ? Optional.of(last) : Optional.empty();
    }

    /**
     * Gives a conversation to another owner, for example when the person resumes it on another device. Its
     * messages and state go with it; the previous owner can no longer see it.
     */
    @Transactional
    public void transfer(ConversationId id, OwnerId from, OwnerId to) {
        get(id, from);
        store.changeOwner(id, from, to);
        events.publishEvent(new ConversationTransferred(id, from, to));
    }

    @Transactional
    public void delete(ConversationId id, OwnerId owner) {
        get(id, owner);
        store.delete(id);
        events.publishEvent(new ConversationDeleted(id, owner));
    }
}
