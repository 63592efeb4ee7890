package uk.gov.signpost.agent;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import java.util.ArrayList;
import java.util.List;
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
import uk.gov.signpost.conversation.Role;
import uk.gov.signpost.model.Language;

/**
 * One turn of a conversation, as a script: store the person's message (committed before anything else, so no
 * later failure can lose it), run the turn loop, store the reply, record the trace.
 */
@Service
public class ConversationTurns {

    private static final Logger log = LoggerFactory.getLogger(ConversationTurns.class);

    private final Conversations conversations;
    private final TurnRunner runner;
    private final ApplicationEventPublisher events;
    private final ObservationRegistry observations;
    private final AdviserHold hold;

    ConversationTurns(Conversations conversations, TurnRunner runner, ApplicationEventPublisher events,
            org.springframework.beans.factory.ObjectProvider<ObservationRegistry> observations,
            org.springframework.beans.factory.ObjectProvider<AdviserHold> hold) {
        this.conversations = conversations;
        this.runner = runner;
        this.events = events;
        this.observations = observations.getIfAvailable(() -> ObservationRegistry.NOOP);
        this.hold = hold.getIfAvailable(() -> AdviserHold.NONE);
    }

    /**
     * Stores the person's message, then replies to it. While an adviser holds the conversation the assistant stays
     * quiet: the message goes to the adviser and this returns the person's own stored message (role {@code USER}).
     */
    public Message take(TurnCommand command, TurnListener listener) {
        Message message = conversations.addUserMessage(command.conversationId(), command.owner(), command.text());
        listener.messageStored(message);
        if (hold.holds(command.conversationId())) {
            hold.passOn(message);
            return message;
        }
        return replyTo(message, command.owner(), command.chosenLanguage(), listener);
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
        return replyTo(pending, owner, chosenLanguage, listener);
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
        Message reply = conversations.addReply(message.conversationId(), message.id(), result.text(), result.cards());
        runner.record(message, reply, result);
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
