package uk.gov.signpost.agent;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import uk.gov.signpost.conversation.Card;
import uk.gov.signpost.conversation.ConversationId;
import uk.gov.signpost.conversation.Conversations;
import uk.gov.signpost.conversation.Message;
import uk.gov.signpost.conversation.OwnerId;
import uk.gov.signpost.conversation.Role;
import uk.gov.signpost.model.LanguageModel;
import uk.gov.signpost.model.ModelMessage;
import uk.gov.signpost.model.ModelReply;
import uk.gov.signpost.model.ModelRequest;
import uk.gov.signpost.model.Speaker;

/**
 * One turn of a conversation, as a script: store the person's message (committed before anything else, so no
 * later failure can lose it), load the history, ask the model, resolve its signposts, store the reply.
 */
@Service
public class ConversationTurns {

    private static final Logger log = LoggerFactory.getLogger(ConversationTurns.class);

    private final Conversations conversations;
    private final LanguageModel model;
    private final SignpostResolver signposts;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ConversationTurns(Conversations conversations, LanguageModel model, SignpostResolver signposts,
            ApplicationEventPublisher events, Clock clock) {
        this.conversations = conversations;
        this.model = model;
        this.signposts = signposts;
        this.events = events;
        this.clock = clock;
    }

    /** Stores the person's message, then replies to it. */
    public Message take(TurnCommand command, TurnListener listener) {
        Instant started = clock.instant();
        Message message = conversations.addUserMessage(command.conversationId(), command.owner(), command.text());
        listener.messageStored(message);
        return replyTo(message, command.owner(), listener, started);
    }

    /**
     * Replies to the person's latest message if it has no reply yet, for example because the service stopped
     * in the middle of the turn. Returns the reply, or the existing one.
     */
    public Message resume(ConversationId conversationId, OwnerId owner, TurnListener listener) {
        Message pending = conversations.unansweredMessage(conversationId, owner)
                .orElseThrow(NothingToAnswerException::new);
        return replyTo(pending, owner, listener, clock.instant());
    }

    private Message replyTo(Message message, OwnerId owner, TurnListener listener, Instant started) {
        List<Message> history = conversations.history(message.conversationId(), owner);
        ModelReply answer = model.reply(requestFrom(history, message), listener::replyText);
        List<Card> cards = signposts.resolve(answer.serviceKeys(), personTexts(history, message), answer.intent());
        Message reply = conversations.addReply(message.conversationId(), message.id(), answer.text(), cards);
        long millis = Duration.between(started, clock.instant()).toMillis();
        log.info("event=turn_completed conversation={} message={} model={} intent={} signposts={} ms={}",
                message.conversationId(), message.id(), answer.model(), answer.intent(), cards.size(), millis);
        events.publishEvent(new TurnCompleted(message.conversationId(), message.id(), reply.id(), answer.model(),
                answer.intent(), cards.size(), millis));
        return reply;
    }

    /** The conversation up to and including the message being answered. */
    private static ModelRequest requestFrom(List<Message> history, Message message) {
        List<ModelMessage> lines = new java.util.ArrayList<>();
        for (Message m : history) {
            lines.add(new ModelMessage(m.role() == Role.USER ? Speaker.PERSON : Speaker.ASSISTANT, m.text()));
            if (m.id().equals(message.id())) {
                break;
            }
        }
        return new ModelRequest(lines);
    }

    private static List<String> personTexts(List<Message> history, Message message) {
        List<String> texts = new java.util.ArrayList<>();
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
