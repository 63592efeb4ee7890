package uk.gov.signpost.agent;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import uk.gov.signpost.model.LanguageDetector;
import uk.gov.signpost.agent.internal.TurnRunner;
import uk.gov.signpost.conversation.ConversationId;
import uk.gov.signpost.conversation.Conversations;
import uk.gov.signpost.conversation.Message;
import uk.gov.signpost.conversation.OwnerId;
import uk.gov.signpost.conversation.ReceivedMessage;
import uk.gov.signpost.conversation.Role;
import uk.gov.signpost.model.Language;

/**
 * One turn of a conversation, as a script: store the person's message (committed before anything else, so no
 * later failure can lose it), run the turn loop, store the reply, record the trace.
 *
 * <p>Turns are idempotent across instances. A message sent again with the same client message id is not stored
 * again: the caller gets the reply already stored, or waits while the turn that holds the message's claim
 * (on any instance) finishes, or, if that turn's claim ran out because its instance died, answers it here.
 */
@Service
public class ConversationTurns {

    private static final Logger log = LoggerFactory.getLogger(ConversationTurns.class);

    /** How long a caller waits for a turn answering the same message elsewhere before it is told to retry. */
    private static final Duration WAIT_FOR_OTHER_TURN = Duration.ofSeconds(10);
    private static final Duration POLL = Duration.ofMillis(100);
    /** A claim outlives the longest turn a little, so that only a dead turn's claim runs out. */
    private static final Duration CLAIM_MARGIN = Duration.ofSeconds(10);

    private final Conversations conversations;
    private final TurnRunner runner;
    private final ApplicationEventPublisher events;
    private final ObservationRegistry observations;
    private final AdviserHold hold;
    private final Duration claimFor;

    ConversationTurns(Conversations conversations, TurnRunner runner, ApplicationEventPublisher events,
            AgentProperties properties,
            org.springframework.beans.factory.ObjectProvider<ObservationRegistry> observations,
            org.springframework.beans.factory.ObjectProvider<AdviserHold> hold) {
        this.conversations = conversations;
        this.runner = runner;
        this.events = events;
        this.claimFor = properties.turnTimeout().plus(CLAIM_MARGIN);
        this.observations = observations.getIfAvailable(() -> ObservationRegistry.NOOP);
        this.hold = hold.getIfAvailable(() -> AdviserHold.NONE);
    }

    /**
     * Stores the person's message, then replies to it. If the client sent this message id before, the stored message
     * is answered instead: with its reply if it has one. While an adviser holds the conversation the assistant stays
     * quiet: the message goes to the adviser and this returns the person's own stored message (role {@code USER}).
     *
     * @throws ReplyInProgressException if another turn is still answering the message after a short wait
     */
    public Message take(TurnCommand command, TurnListener listener) {
        ReceivedMessage received = conversations.receive(command.conversationId(), command.owner(), command.text(),
                command.clientId(), claimFor);
        listener.messageStored(received.message());
        if (hold.holds(command.conversationId())) {
            if (received.fresh()) {
                hold.passOn(received.message());
            }
            return received.message();
        }
        if (received.fresh()) {
            return answer(received.message(), command.owner(), command.chosenLanguage(), listener);
        }
        log.info("event=message_repeated conversation={} message={}", command.conversationId(),
                received.message().id());
        return answerPending(received.message(), command.owner(), command.chosenLanguage(), listener);
    }

    /**
     * The reply to one of the person's messages, for a client that lost its stream (for example because the
     * instance shut down) and reconnects, to any instance, with the last event id it saw. Waits briefly if another
     * turn is answering it; answers it here if nobody is.
     *
     * @throws ReplyInProgressException if another turn is still answering the message after a short wait
     */
    public Message replyFor(ConversationId conversationId, OwnerId owner, UUID messageId, Language chosenLanguage,
            TurnListener listener) {
        Message message = conversations.userMessage(conversationId, owner, messageId);
        return answerPending(message, owner, chosenLanguage, listener);
    }

    /**
     * Replies to the person's latest message if it has no reply yet, for example because the service stopped
     * in the middle of the turn. Returns the reply, or the existing one.
     */
    public Message resume(ConversationId conversationId, OwnerId owner, TurnListener listener) {
        return resume(conversationId, owner, Language.ENGLISH, listener);
    }

    /** As {@link #resume(ConversationId, OwnerId, TurnListener)}, for a person who chose {@code chosenLanguage}. */
    public Message resume(ConversationId conversationId, OwnerId owner, Language chosenLanguage,
            TurnListener listener) {
        Message pending = conversations.unansweredMessage(conversationId, owner)
                .filter(unanswered -> !hold.holds(conversationId))
                .orElseThrow(NothingToAnswerException::new);
        return answerPending(pending, owner, chosenLanguage, listener);
    }

    /** The stored reply, or a turn run here once nobody holds the message's claim, or a wait for the turn that does. */
    private Message answerPending(Message message, OwnerId owner, Language chosenLanguage, TurnListener listener) {
        long deadline = System.nanoTime() + WAIT_FOR_OTHER_TURN.toNanos();
        for (;;) {
            Optional<Message> reply = conversations.replyTo(message.id());
            if (reply.isPresent()) {
                return reply.get();
            }
            if (conversations.claimForReply(message.id(), claimFor)) {
                return answer(message, owner, chosenLanguage, listener);
            }
            if (System.nanoTime() > deadline) {
                throw new ReplyInProgressException();
            }
            pause();
        }
    }

    /** Runs the turn for a message this caller has claimed; a turn that fails lets the claim go for a retry. */
    private Message answer(Message message, OwnerId owner, Language chosenLanguage, TurnListener listener) {
        try {
            return replyTo(message, owner, chosenLanguage, listener);
        } catch (RuntimeException e) {
            conversations.releaseClaim(message.id());
            throw e;
        }
    }

    private static void pause() {
        try {
            Thread.sleep(POLL.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ReplyInProgressException();
        }
    }

    /** One span ("signpost.turn") around the turn, with ids and measurements as attributes, never text. */
    private Message replyTo(Message message, OwnerId owner, Language chosenLanguage, TurnListener listener) {
        Observation turn = Observation.createNotStarted("signpost.turn", observations)
                .contextualName("signpost.turn")
                .highCardinalityKeyValue("signpost.conversation.id", message.conversationId().toString())
                .highCardinalityKeyValue("signpost.message.id", message.id().toString());
        return turn.observe(() -> reply(message, owner, chosenLanguage, listener, turn));
    }

    private Message reply(Message message, OwnerId owner, Language chosenLanguage, TurnListener listener,
            Observation turn) {
        List<Message> history = conversations.history(message.conversationId(), owner);
        List<String> personTexts = personTexts(history, message);
        ToolContext context = new ToolContext(message.conversationId(), owner, personTexts,
                LanguageDetector.forTurn(chosenLanguage, personTexts));
        TurnRunner.Result result = runner.run(message, context, history, listener);
        Message reply = conversations.addReply(message.conversationId(), owner, message.id(), result.text(),
                result.cards());
        runner.record(message, owner, reply, result);
        turn.lowCardinalityKeyValue("signpost.model", result.model())
                .highCardinalityKeyValue("signpost.reply.id", reply.id().toString())
                .highCardinalityKeyValue("signpost.model_calls", String.valueOf(result.modelCalls()))
                .highCardinalityKeyValue("signpost.tool_calls", String.valueOf(result.toolCalls()))
                .highCardinalityKeyValue("signpost.signposts", String.valueOf(result.cards().size()))
                .highCardinalityKeyValue("signpost.fallback", String.valueOf(result.fallback()));
        log.info("event=turn_completed conversation={} message={} model={} model_calls={} tool_calls={}"
                        + " signposts={} ms={}",
                message.conversationId(), message.id(), result.model(), result.modelCalls(), result.toolCalls(),
                result.cards().size(), result.duration().toMillis());
        events.publishEvent(new TurnCompleted(message.conversationId(), message.id(), reply.id(), result.model(),
                result.topic(), result.cards().size(), result.duration().toMillis(), result.modelCalls(),
                result.fallback()));
        return reply;
    }

    private static List<String> personTexts(List<Message> history, Message message) {
        List<String> texts = new ArrayList<>();
        for (Message m : history) {
            if (m.role() == Role.USER) {
                texts.add(m.text());
            }
            if (m.id().equals(message.id())) {
                break;
            }
        }
        return texts;
    }
}
