package uk.gov.signpost.web.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import uk.gov.signpost.conversation.ConversationId;
import uk.gov.signpost.conversation.ConversationNotFoundException;
import uk.gov.signpost.conversation.Conversations;
import uk.gov.signpost.conversation.Message;
import uk.gov.signpost.conversation.OwnerId;
import uk.gov.signpost.conversation.Role;
import uk.gov.signpost.handoff.HandoffNotFoundException;
import uk.gov.signpost.handoff.Handoffs;
import uk.gov.signpost.handoff.PersonView;
import uk.gov.signpost.platform.LiveNotifications;

/**
 * The person's side of a handoff, live: where their request stands, and the adviser's replies as they are sent
 * (from any instance). Only the conversation's owner can read these. Events: {@code handoff} (where it stands) on
 * connect and after each change, and {@code message} for each adviser reply not yet sent on this stream.
 */
@RestController
@Tag(name = "Conversations")
class AdviserStreams implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(AdviserStreams.class);

    private static final long TIMEOUT_MILLIS = 15 * 60_000;

    private final Caller caller;
    private final Handoffs handoffs;
    private final Conversations conversations;
    private final ExecutorService senders = Executors.newFixedThreadPool(2, runnable -> {
        Thread thread = new Thread(runnable, "adviser-streams");
        thread.setDaemon(true);
        return thread;
    });

    AdviserStreams(Caller caller, Handoffs handoffs, Conversations conversations) {
        this.caller = caller;
        this.handoffs = handoffs;
        this.conversations = conversations;
    }

    @GetMapping("/api/v1/conversations/{id}/handoff")
    @Operation(summary = "Where the person's request for an adviser stands",
            description = "Their place in the queue, who has it, and whether anyone can reply soon; if not, whom to"
                    + " call. 404 handoff_not_found if they have not asked.")
    PersonView status(@PathVariable String id, HttpServletRequest request) {
        OwnerId owner = caller.requireOwner(request);
        return handoffs.forPerson(parse(id), owner, LocaleContextHolder.getLocale())
                .orElseThrow(HandoffNotFoundException::new);
    }

    @GetMapping(path = {"/api/v1/conversations/{id}/handoff/events", "/conversations/{id}/adviser/events"},
            produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @Operation(summary = "Where the request for an adviser stands, and the adviser's replies, as server-sent events")
    SseEmitter events(@PathVariable String id, HttpServletRequest request) {
        OwnerId owner = caller.requireOwner(request);
        ConversationId conversation = parse(id);
        Locale locale = LocaleContextHolder.getLocale();
        SseEmitter emitter = new SseEmitter(TIMEOUT_MILLIS);
        Set<UUID> sent = new HashSet<>();
        conversations.history(conversation, owner).stream().filter(m -> m.role() == Role.ADVISER)
                .forEach(m -> sent.add(m.id()));
        AtomicBoolean open = new AtomicBoolean(true);
        AtomicBoolean pending = new AtomicBoolean(false);
        Runnable send = () -> {
            pending.set(false);
            try {
                synchronized (sent) {
                    @Nullable PersonView view = handoffs.forPerson(conversation, owner, locale).orElse(null);
                    if (view != null) {
                        emitter.send(SseEmitter.event().name("handoff").data(view, MediaType.APPLICATION_JSON));
                    }
                    List<Message> fresh = conversations.history(conversation, owner).stream()
                            .filter(m -> m.role() == Role.ADVISER && !sent.contains(m.id())).toList();
                    for (Message m : fresh) {
                        emitter.send(SseEmitter.event().name("message").id(m.id().toString())
                                .data(ApiModels.HistoryMessage.of(m), MediaType.APPLICATION_JSON));
                        sent.add(m.id());
                    }
                }
            } catch (IOException | RuntimeException e) {
                // Usually the page went away; logged so that a stream that stops early can be seen.
                log.info("event=adviser_stream_closed conversation={} reason={}", conversation,
                        e.getClass().getSimpleName());
                open.set(false);
            }
        };
        Runnable schedule = () -> {
            if (open.get() && pending.compareAndSet(false, true)) {
                senders.execute(send);
            }
        };
        LiveNotifications.Subscription subscription = handoffs.watch(conversation, owner, schedule);
        Runnable end = () -> {
            open.set(false);
            subscription.close();
        };
        emitter.onCompletion(end);
        emitter.onTimeout(end);
        emitter.onError(e -> end.run());
        schedule.run();
        return emitter;
    }

    @Override
    public void destroy() {
        senders.shutdownNow();
    }

    private static ConversationId parse(String id) {
        return ConversationId.parse(id).orElseThrow(ConversationNotFoundException::new);
    }
}
