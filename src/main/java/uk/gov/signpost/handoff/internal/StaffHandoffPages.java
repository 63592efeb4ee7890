package uk.gov.signpost.handoff.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import uk.gov.signpost.identity.StaffMember;
import uk.gov.signpost.platform.InvalidFieldException;

/**
 * The caseworker's pages: the queue and a case. Plain forms that render whole pages, so they work without
 * JavaScript (the queue page also refreshes itself every 30 seconds); with JavaScript, the queue updates live and a
 * case page reloads when the person writes.
 */
@Controller
class StaffHandoffPages {

    private final StaffGate gate;
    private final HandoffStore store;
    private final CaseFiles cases;
    private final Casework work;
    private final AdviserPresence presence;
    private final LiveStreams streams;

    StaffHandoffPages(StaffGate gate, HandoffStore store, CaseFiles cases, Casework work, AdviserPresence presence,
            LiveStreams streams) {
        this.gate = gate;
        this.store = store;
        this.cases = cases;
        this.work = work;
        this.presence = presence;
        this.streams = streams;
    }

    @GetMapping("/staff/handoffs")
    String queue(Model model) {
        StaffMember member = gate.caseworker();
        presence.seen(member.subject());
        model.addAttribute("handoffs", store.queue());
        model.addAttribute("staff", member);
        return "staff/handoffs/queue";
    }

    /** The queue as server-sent events for the queue page's script (the API has the same at its own address). */
    @GetMapping(path = "/staff/handoffs/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @ResponseBody
    SseEmitter queueEvents() {
        String subject = gate.caseworker().subject();
        presence.seen(subject);
        return streams.open(LiveTopics.QUEUE, "queue", () -> StaffHandoffApi.queue(store),
                () -> presence.seen(subject));
    }

    @GetMapping("/staff/handoffs/{id}")
    String show(@PathVariable String id, Model model) {
        return render(StaffHandoffApi.parse(id), gate.caseworker(), model, null, "");
    }

    /** Tells the case page's script that the case or its conversation changed, on any instance. */
    @GetMapping(path = "/staff/handoffs/{id}/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @ResponseBody
    SseEmitter caseEvents(@PathVariable String id) {
        gate.caseworker();
        UUID handoffId = StaffHandoffApi.parse(id);
        var handoff = store.find(handoffId).orElseThrow(uk.gov.signpost.handoff.HandoffNotFoundException::new);
        return streams.open(LiveTopics.conversation(handoff.conversationId()), "case",
                () -> java.util.Map.of("status", store.find(handoffId).map(h -> h.status().dbValue()).orElse("gone")),
                () -> { });
    }

    @PostMapping("/staff/handoffs/{id}/take")
    String take(@PathVariable String id) {
        UUID handoff = StaffHandoffApi.parse(id);
        work.take(handoff, gate.caseworker());
        return "redirect:/staff/handoffs/" + handoff;
    }

    @PostMapping("/staff/handoffs/{id}/reply")
    String reply(@PathVariable String id, @RequestParam(name = "text", defaultValue = "") String text, Model model,
            HttpServletResponse response) {
        UUID handoff = StaffHandoffApi.parse(id);
        StaffMember adviser = gate.caseworker();
        try {
            work.reply(handoff, adviser, text);
        } catch (InvalidFieldException e) {
            response.setStatus(e.status().value());
            return render(handoff, adviser, model, e.getMessage(), text);
        }
        return "redirect:/staff/handoffs/" + handoff + "#latest";
    }

    @PostMapping("/staff/handoffs/{id}/hand-back")
    String handBack(@PathVariable String id) {
        work.handBack(StaffHandoffApi.parse(id), gate.caseworker());
        return "redirect:/staff/handoffs?handed-back";
    }

    @PostMapping("/staff/handoffs/{id}/close")
    String close(@PathVariable String id, @RequestParam(name = "outcome", defaultValue = "") String outcome,
            Model model, HttpServletResponse response) {
        UUID handoff = StaffHandoffApi.parse(id);
        StaffMember adviser = gate.caseworker();
        try {
            work.close(handoff, adviser, outcome);
        } catch (InvalidFieldException e) {
            response.setStatus(e.status().value());
            model.addAttribute("outcomeError", e.getMessage());
            return render(handoff, adviser, model, null, "");
        }
        return "redirect:/staff/handoffs?closed";
    }

    private String render(UUID id, StaffMember viewer, Model model, @org.jspecify.annotations.Nullable String error,
            String draft) {
        CaseFiles.CaseFile file = cases.open(id, viewer);
        model.addAttribute("file", file);
        model.addAttribute("handoff", file.handoff());
        model.addAttribute("mine", viewer.subject().equals(file.handoff().adviserSubject()));
        model.addAttribute("outcomes", List.of("resolved", "referred", "callback_arranged", "no_response", "other"));
        model.addAttribute("error", error);
        model.addAttribute("draft", draft);
        return "staff/handoffs/case";
    }
}
