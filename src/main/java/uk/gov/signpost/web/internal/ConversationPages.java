package uk.gov.signpost.web.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import uk.gov.signpost.agent.ConversationTurns;
import uk.gov.signpost.agent.ReplyInProgressException;
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
import uk.gov.signpost.handoff.HandoffStatus;
import uk.gov.signpost.handoff.Handoffs;
import uk.gov.signpost.handoff.PersonView;
import uk.gov.signpost.model.Language;
import uk.gov.signpost.pilot.Cohorts;
import uk.gov.signpost.platform.InvalidFieldException;
import uk.gov.signpost.platform.RateLimitExceededException;

/**
 * The citizen's pages. Every action is a plain form post that renders a whole page, so everything works with
 * JavaScript off. With JavaScript on, the same form post asks for {@code text/event-stream} and the reply
 * streams in.
 */
@Controller
class ConversationPages {

    /** The form's hidden field carrying the message's own id (see {@link ClientMessageId}). */
    static final String CLIENT_MESSAGE_ID = "client_message_id";

    private final Caller caller;
    private final Conversations conversations;
    private final ConversationTurns turns;
    private final TurnStreamer streamer;
    private final Cohorts cohorts;
    private final Handoffs handoffs;
    private final TurnGate gate;

    ConversationPages(Caller caller, Conversations conversations, ConversationTurns turns, TurnStreamer streamer,
            Cohorts cohorts, Handoffs handoffs, TurnGate gate) {
        this.caller = caller;
        this.handoffs = handoffs;
        this.gate = gate;
        this.cohorts = cohorts;
        this.conversations = conversations;
        this.turns = turns;
        this.streamer = streamer;
    }

    @GetMapping("/")
    String start(HttpServletRequest request, Model model, @RequestParam(required = false) @Nullable String deleted) {
        List<Conversation> previous = caller.owner(request).map(conversations::ownedBy).orElse(List.of());
        model.addAttribute("previous", previous);
        model.addAttribute("deleted", deleted != null);
        return "start";
    }

    @PostMapping("/conversations")
    String startConversation(HttpServletRequest request, HttpServletResponse response) {
        Caller.Session session = caller.ensureSession(request, response);
        cohorts.admit(session.owner());
        Conversation conversation = conversations.start(session.owner());
        return "redirect:/conversations/" + conversation.id();
    }

    @GetMapping("/conversations/{id}")
    String show(@PathVariable String id, HttpServletRequest request, Model model) {
        OwnerId owner = caller.requireOwner(request);
        return render(parse(id), owner, model, null, "");
    }

    /**
     * The form carries a hidden {@code client_message_id}, new with every page, so a double submit or the browser
     * sending the form again stores the message once and shows the one reply.
     */
    @PostMapping(path = "/conversations/{id}/messages")
    String send(@PathVariable String id, @RequestParam(name = "text", defaultValue = "") String text,
            @RequestParam(name = CLIENT_MESSAGE_ID, required = false) @Nullable String clientMessageId,
            HttpServletRequest request, HttpServletResponse response, Model model) {
        OwnerId owner = caller.requireOwner(request);
        ConversationId conversationId = parse(id);
        try {
            TurnCommand command = command(conversationId, owner, text, clientMessageId);
            gate.enter();
            try {
                turns.take(command, TurnListener.NONE);
            } finally {
                gate.exit();
            }
        } catch (ReplyInProgressException e) {
            // The same message is being answered by another request; the page shows it and offers "Get a reply".
            return "redirect:/conversations/" + conversationId + "#latest";
        } catch (InvalidFieldException e) {
            response.setStatus(e.status().value());
            return render(conversationId, owner, model, e.getMessage(), text);
        } catch (RateLimitExceededException e) {
            response.setStatus(e.status().value());
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, e.retryAfter().toSeconds())));
            return render(conversationId, owner, model, e.getMessage(), text);
        }
        return "redirect:/conversations/" + conversationId + "#latest";
    }

    @PostMapping(path = "/conversations/{id}/messages", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter sendStreaming(@PathVariable String id, @RequestParam(name = "text", defaultValue = "") String text,
            @RequestParam(name = CLIENT_MESSAGE_ID, required = false) @Nullable String clientMessageId,
            HttpServletRequest request) {
        OwnerId owner = caller.requireOwner(request);
        TurnCommand command = command(parse(id), owner, text, clientMessageId);
        gate.enter();
        return streamer.stream(listener -> turns.take(command, listener),
                reply -> new ApiModels.TurnResponse(ApiModels.Reply.of(reply), reply.replyTo()), null, gate::exit);
    }

    /** The page's script reconnects here, with the last event id it saw, when a reply stream is cut off. */
    @GetMapping(path = "/conversations/{id}/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter resumeStreaming(@PathVariable String id,
            @RequestHeader(name = "Last-Event-ID", required = false) @Nullable String lastEventId,
            HttpServletRequest request) {
        OwnerId owner = caller.requireOwner(request);
        ConversationId conversationId = parse(id);
        java.util.UUID messageId = LastEventId.messageId(lastEventId);
        conversations.userMessage(conversationId, owner, messageId);
        Language language = chosenLanguage();
        gate.enter();
        return streamer.stream(listener -> turns.replyFor(conversationId, owner, messageId, language, listener),
                reply -> new ApiModels.TurnResponse(ApiModels.Reply.of(reply), reply.replyTo()), messageId,
                gate::exit);
    }

    @PostMapping("/conversations/{id}/retry")
    String retry(@PathVariable String id, HttpServletRequest request) {
        OwnerId owner = caller.requireOwner(request);
        ConversationId conversationId = parse(id);
        if (conversations.unansweredMessage(conversationId, owner).isPresent()) {
            turns.resume(conversationId, owner, chosenLanguage(), TurnListener.NONE);
        }
        return "redirect:/conversations/" + conversationId + "#latest";
    }

    @GetMapping("/conversations/{id}/delete")
    String confirmDelete(@PathVariable String id, HttpServletRequest request, Model model) {
        Conversation conversation = conversations.get(parse(id), caller.requireOwner(request));
        model.addAttribute("conversation", conversation);
        return "delete";
    }

    @PostMapping("/conversations/{id}/delete")
    String delete(@PathVariable String id, HttpServletRequest request) {
        conversations.delete(parse(id), caller.requireOwner(request));
        return "redirect:/?deleted";
    }

    private TurnCommand command(ConversationId conversationId, OwnerId owner, String text,
            @Nullable String clientMessageId) {
        conversations.get(conversationId, owner);
        MessageText messageText = new MessageText(text);
        ClientMessageId clientId = ClientMessageId.of(clientMessageId).orElse(null);
        // The same form sent again (its hidden message id) is not one more message.
        if (clientId == null || !conversations.isRetry(conversationId, clientId)) {
            caller.countMessage(owner);
        }
        return new TurnCommand(conversationId, owner, messageText, chosenLanguage(), clientId);
    }

    /** The language chosen with the header's link (the {@code signpost_lang} cookie or {@code ?lang=cy}). */
    private static Language chosenLanguage() {
        return Language.of(LocaleContextHolder.getLocale());
    }

    private String render(ConversationId id, OwnerId owner, Model model, @Nullable String error, String draft) {
        List<Message> messages = conversations.history(id, owner);
        model.addAttribute("conversationId", id.toString());
        model.addAttribute("messages", messages);
        PersonView handoff = handoffs.forPerson(id, owner, LocaleContextHolder.getLocale()).orElse(null);
        model.addAttribute("handoff", handoff);
        // While an adviser holds the conversation, the person's last message is for them: no "Get a reply".
        model.addAttribute("awaitingReply", !messages.isEmpty() && messages.get(messages.size() - 1).role() == Role.USER
                && (handoff == null || handoff.status() != HandoffStatus.WITH_ADVISER));
        model.addAttribute("error", error);
        model.addAttribute("draft", draft);
        model.addAttribute("clientMessageId", java.util.UUID.randomUUID().toString());
        return "conversation";
    }

    private static ConversationId parse(String id) {
        return ConversationId.parse(id).orElseThrow(ConversationNotFoundException::new);
    }
}
