package uk.gov.signpost.handoff.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import uk.gov.signpost.conversation.Message;
import uk.gov.signpost.handoff.HandoffNotFoundException;
import uk.gov.signpost.identity.StaffMember;

/** The caseworker's handoff API: the queue (also live), a case, and what they can do with it. */
@RestController
@RequestMapping("/api/v1/staff/handoffs")
@Tag(name = "Staff: handoffs")
class StaffHandoffApi {

    private final StaffGate gate;
    private final HandoffStore store;
    private final CaseFiles cases;
    private final Casework work;
    private final AdviserPresence presence;
    private final LiveStreams streams;

    StaffHandoffApi(StaffGate gate, HandoffStore store, CaseFiles cases, Casework work, AdviserPresence presence,
            LiveStreams streams) {
        this.gate = gate;
        this.store = store;
        this.cases = cases;
        this.work = work;
        this.presence = presence;
        this.streams = streams;
    }

    @GetMapping
    @Operation(summary = "The queue: open handoffs, most urgent first, then longest waiting")
    StaffJson.Queue queue() {
        presence.seen(gate.caseworker().subject());
        return queue(store);
    }

    @GetMapping(path = "/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @Operation(summary = "The queue as server-sent events",
            description = "An event \"queue\" with the whole queue on connect and after every change on any instance.")
    SseEmitter events() {
        String subject = gate.caseworker().subject();
        presence.seen(subject);
        return streams.open(LiveTopics.QUEUE, "queue", () -> queue(store), () -> presence.seen(subject));
    }

    @GetMapping("/{id}")
    @Operation(summary = "Open a case (audited): summary, shared facts, and the transcript if the person agreed")
    StaffJson.Case open(@PathVariable String id) {
        return StaffJson.Case.of(cases.open(parse(id), gate.caseworker()));
    }

    @PostMapping("/{id}/take")
    @Operation(summary = "Take the case: the person's messages now come to you, not the assistant")
    StaffJson.QueueEntry take(@PathVariable String id) {
        return StaffJson.QueueEntry.of(work.take(parse(id), gate.caseworker()));
    }

    @PostMapping("/{id}/replies")
    @Operation(summary = "Reply to the person in their conversation, as a named adviser")
    StaffJson.CaseMessage reply(@PathVariable String id, @RequestBody StaffJson.Reply body) {
        StaffMember adviser = gate.caseworker();
        Message reply = work.reply(parse(id), adviser, body.text() == null ? "" : body.text());
        return StaffJson.CaseMessage.of(reply);
    }

    @PostMapping("/{id}/hand-back")
    @Operation(summary = "Hand the conversation back to the assistant")
    StaffJson.QueueEntry handBack(@PathVariable String id) {
        return StaffJson.QueueEntry.of(work.handBack(parse(id), gate.caseworker()));
    }

    @PostMapping("/{id}/close")
    @Operation(summary = "Close with an outcome: resolved, referred, callback_arranged, no_response or other")
    StaffJson.QueueEntry close(@PathVariable String id, @RequestBody StaffJson.Close body) {
        return StaffJson.QueueEntry.of(work.close(parse(id), gate.caseworker(),
                body.outcome() == null ? "" : body.outcome()));
    }

    static StaffJson.Queue queue(HandoffStore store) {
        return new StaffJson.Queue(store.queue().stream().map(StaffJson.QueueEntry::of).toList());
    }

    static UUID parse(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new HandoffNotFoundException();
        }
    }
}
