package uk.gov.signpost.conversation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.gov.signpost.conversation.internal.ConversationStore;
import uk.gov.signpost.platform.InstanceLiveness;

/**
 * The conversation module's API. Every read and write names the owner, and a conversation that belongs to
 * someone else behaves exactly like one that does not exist.
 */
@Service
public class Conversations {

    private final ConversationStore store;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final InstanceLiveness instance;

    Conversations(ConversationStore store, ApplicationEventPublisher events, Clock clock, InstanceLiveness instance) {
        this.store = store;
        this.events = events;
        this.clock = clock;
        this.instance = instance;
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
        return receive(id, owner, text, Optional.empty(), Duration.ZERO).message();
    }

    /**
     * Stores the person's message, claimed for a reply for {@code claimFor}, unless a message with the same client
     * message id is already stored in the conversation: then that one comes back, not fresh. Safe against any
     * number of instances storing the same id at the same moment (a unique index decides).
     */
    public ReceivedMessage receive(ConversationId id, OwnerId owner, MessageText text,
            Optional<ClientMessageId> clientId, Duration claimFor) {
        Instant now = clock.instant();
        Message message = new Message(UUID.randomUUID(), id, Role.USER, text.value(), null, List.of(), now);
        if (store.insertIfOwned(message, owner, clientId.orElse(null), now.plus(claimFor), instance.id())) {
            return new ReceivedMessage(message, true);
        }
        return clientId.flatMap(client -> store.findByClientId(id, owner, client))
                .map(existing -> new ReceivedMessage(existing, false))
                .orElseThrow(ConversationNotFoundException::new);
    }

    /**
     * Whether this message was sent before: the conversation already holds one with the same client message id.
     * The caller has checked that the conversation is the person's.
     */
    public boolean isRetry(ConversationId id, ClientMessageId clientId) {
        return store.hasClientId(id, clientId);
    }

    /** One of the person's messages in a conversation they own. */
    public Message userMessage(ConversationId id, OwnerId owner, UUID messageId) {
        return store.findUserMessage(id, owner, messageId).orElseThrow(ConversationNotFoundException::new);
    }

    /**
     * Claims the person's message for a reply for {@code claimFor}, if nobody has replied and no turn holds a live
     * claim (a claim is dead once it runs out, or at once when the instance that made it has died). Returns whether
     * the caller may now answer it.
     */
    public boolean claimForReply(UUID messageId, Duration claimFor) {
        Instant now = clock.instant();
        return store.claimForReply(messageId, now, now.plus(claimFor), instance.id());
    }

    /** Lets a claim go after a turn failed without a reply, so that a retry can answer at once. */
    public void releaseClaim(UUID messageId) {
        store.releaseClaim(messageId);
    }

    /** The reply to the person's message, if there is one yet. */
    public Optional<Message> replyTo(UUID messageId) {
        return store.findReplyTo(messageId);
    }

    /**
     * Stores the assistant's reply to one of the person's messages, sealed for {@code owner}. Returns the reply
     * already stored if another attempt got there first: a message is never answered twice. If the conversation
     * passed to another owner during the turn, the reply is sealed for the new owner instead.
     */
    public Message addReply(ConversationId id, OwnerId owner, UUID replyTo, String text, List<Card> cards) {
        Message reply = new Message(UUID.randomUUID(), id, Role.ASSISTANT, text, replyTo, cards, clock.instant());
        if (store.insertReplyIfAbsent(reply, owner)) {
            return reply;
        }
        Optional<Message> existing = store.findReplyTo(replyTo);
        if (existing.isPresent()) {
            return existing.get();
        }
        OwnerId current = store.find(id).orElseThrow(ConversationNotFoundException::new).ownerId();
        if (!current.equals(owner) && store.insertReplyIfAbsent(reply, current)) {
            return reply;
        }
        return store.findReplyTo(replyTo).orElseThrow(ConversationNotFoundException::new);
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
