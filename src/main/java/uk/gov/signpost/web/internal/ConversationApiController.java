package uk.gov.signpost.web.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import uk.gov.signpost.agent.ConversationTurns;
import uk.gov.signpost.agent.TurnCommand;
import uk.gov.signpost.agent.TurnListener;
import uk.gov.signpost.conversation.ClientMessageId;
import uk.gov.signpost.conversation.Conversation;
import uk.gov.signpost.conversation.ConversationId;
import uk.gov.signpost.conversation.ConversationNotFoundException;
import uk.gov.signpost.conversation.Conversations;
import uk.gov.signpost.conversation.Message;
import uk.gov.signpost.conversation.MessageText;
import uk.gov.signpost.conversation.OwnerId;
import uk.gov.signpost.conversation.Role;
import uk.gov.signpost.model.Language;
import uk.gov.signpost.pilot.Cohorts;

/** The conversation API. Every conversation is visible only to the session that owns it. */
@RestController
@RequestMapping("/api/v1/conversations")
@Tag(name = "Conversations")
class ConversationApiController {

    /** The header that carries the client's id for a message (docs/architecture.md, "Many instances"). */
    static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private final Caller caller;
    private final Conversations conversations;
    private final ConversationTurns turns;
    private final TurnStreamer streamer;
    private final Cohorts cohorts;
    private final TurnGate gate;

    ConversationApiController(Caller caller, Conversations conversations, ConversationTurns turns,
            TurnStreamer streamer, Cohorts cohorts, TurnGate gate) {
        this.caller = caller;
        this.gate = gate;
        this.cohorts = cohorts;
        this.conversations = conversations;
        this.turns = turns;
        this.streamer = streamer;
    }

    @PostMapping
    @Operation(summary = "Start a conversation",
            description = "Without credentials, this also starts an anonymous session: it returns the session's"
                    + " bearer token and sets the session cookie. With a bearer token or cookie, the new"
                    + " conversation joins that session.")
    ResponseEntity<ApiModels.Created> start(HttpServletRequest request, HttpServletResponse response) {
        Caller.Session session = caller.ensureSession(request, response);
        cohorts.admit(session.owner());
        Conversation conversation = conversations.start(session.owner());
        return ResponseEntity.created(URI.create("/api/v1/conversations/" + conversation.id()))
                .body(new ApiModels.Created(conversation.id().value(), session.token()));
    }

    @PostMapping(path = "/{id}/messages", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Send a message and get the reply",
            description = "The message is stored before any reply is made. Ask for text/event-stream to have"
                    + " the reply streamed. Send an Idempotency-Key header (for example a UUID) and send the same"
                    + " key again after a timeout or a connection error: the message is stored once and answered"
                    + " once, and the retry gets the same reply (or 409 reply_in_progress with Retry-After while"
                    + " another instance is still answering it). While an adviser holds the conversation, the"
                    + " answer is 202 with with_adviser true and no reply: the adviser's reply arrives later"
                    + " (GET .../handoff/events).")
    ResponseEntity<?> send(@PathVariable String id, @RequestBody ApiModels.NewMessage body,
            @RequestHeader(name = IDEMPOTENCY_KEY, required = false) @Nullable String key,
            HttpServletRequest request) {
        TurnCommand command = command(id, body.text(), key, request);
        MessageHolder stored = new MessageHolder();
        gate.enter();
        try {
            Message reply = turns.take(command, stored);
            if (reply.role() == Role.USER) {
                // An adviser holds the conversation: the message went to them, and the assistant does not reply.
                return ResponseEntity.accepted().body(new ApiModels.Held(stored.messageId(), true));
            }
            return ResponseEntity.ok(new ApiModels.TurnResponse(ApiModels.Reply.of(reply), stored.messageId()));
        } finally {
            gate.exit();
        }
    }

    @PostMapping(path = "/{id}/messages", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter sendStreaming(@PathVariable String id, @RequestBody ApiModels.NewMessage body,
            @RequestHeader(name = IDEMPOTENCY_KEY, required = false) @Nullable String key,
            HttpServletRequest request) {
        TurnCommand command = command(id, body.text(), key, request);
        gate.enter();
        return streamer.stream(listener -> turns.take(command, listener),
                reply -> new ApiModels.TurnResponse(ApiModels.Reply.of(reply), reply.replyTo()), null, gate::exit);
    }

    @GetMapping(path = "/{id}/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @Operation(summary = "Pick up a reply stream again, on any instance",
            description = "Send the id of the last event you received as the Last-Event-ID header (or the"
                    + " last_event_id parameter). You get the stored reply if the turn finished; the turn itself if"
                    + " nobody is answering the message any more; or a reconnect event telling you when to try again.")
    SseEmitter resumeStream(@PathVariable String id,
            @RequestHeader(name = "Last-Event-ID", required = false) @Nullable String lastEventId,
            @RequestParam(name = "last_event_id", required = false) @Nullable String lastEventParam,
            HttpServletRequest request) {
        OwnerId owner = caller.requireOwner(request);
        ConversationId conversationId = parse(id);
        java.util.UUID messageId = LastEventId.messageId(lastEventId != null ? lastEventId : lastEventParam);
        conversations.userMessage(conversationId, owner, messageId);
        Language language = Language.of(request.getLocale());
        gate.enter();
        return streamer.stream(listener -> turns.replyFor(conversationId, owner, messageId, language, listener),
                reply -> new ApiModels.TurnResponse(ApiModels.Reply.of(reply), reply.replyTo()), messageId,
                gate::exit);
    }

    @GetMapping("/{id}/messages")
    @Operation(summary = "Read the conversation's history, oldest first")
    ApiModels.History history(@PathVariable String id, HttpServletRequest request) {
        OwnerId owner = caller.requireOwner(request);
        ConversationId conversationId = parse(id);
        List<Message> messages = conversations.history(conversationId, owner);
        boolean awaiting = !messages.isEmpty() && messages.get(messages.size() - 1).role() == Role.USER;
        return new ApiModels.History(conversationId.value(),
                messages.stream().map(ApiModels.HistoryMessage::of).toList(), awaiting);
    }

    @PostMapping("/{id}/retry")
    @Operation(summary = "Reply to the last message if it has no reply yet",
            description = "For a turn that was cut short, for example by a restart. Answers 409 if there is"
                    + " nothing to reply to.")
    ApiModels.TurnResponse retry(@PathVariable String id, HttpServletRequest request) {
        OwnerId owner = caller.requireOwner(request);
        Message reply = turns.resume(parse(id), owner, Language.of(request.getLocale()), TurnListener.NONE);
        return new ApiModels.TurnResponse(ApiModels.Reply.of(reply), reply.replyTo());
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Delete the conversation and all its messages")
    ResponseEntity<Void> delete(@PathVariable String id, HttpServletRequest request) {
        conversations.delete(parse(id), caller.requireOwner(request));
        return ResponseEntity.noContent().build();
    }

    private TurnCommand command(String id, @Nullable String text, @Nullable String key, HttpServletRequest request) {
        OwnerId owner = caller.requireOwner(request);
        ConversationId conversationId = parse(id);
        conversations.get(conversationId, owner);
        MessageText messageText = new MessageText(text);
        ClientMessageId clientId = ClientMessageId.of(key).orElse(null);
        // A retry of a message already stored (same Idempotency-Key) is not one more message.
        if (clientId == null || !conversations.isRetry(conversationId, clientId)) {
            caller.countMessage(owner);
        }
        // An API client asks for Welsh replies with Accept-Language: cy; Welsh text gets Welsh replies anyway.
        return new TurnCommand(conversationId, owner, messageText, Language.of(request.getLocale()), clientId);
    }

    private static ConversationId parse(String id) {
        return ConversationId.parse(id).orElseThrow(ConversationNotFoundException::new);
    }

    /** Remembers the id of the person's stored message. */
    private static final class MessageHolder implements TurnListener {
        private java.util.@Nullable UUID id;

        @Override
        public void messageStored(Message message) {
            this.id = message.id();
        }

        java.util.UUID messageId() {
            return java.util.Objects.requireNonNull(id);
        }
    }
}
